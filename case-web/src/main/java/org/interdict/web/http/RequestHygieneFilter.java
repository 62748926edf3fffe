package org.interdict.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before any resource or page sees them, requests that no person means to send:
 * <ul>
 * <li>an access token in the address ({@code ?access_token=…}): addresses end up in logs, proxies
 * and browser history, so a token travels only in the Authorization header;</li>
 * <li>control characters (NUL, escape, line breaks …) in the path or a query parameter, or %-escapes
 * that are not UTF-8;</li>
 * <li>Accept and Content-Type headers that are not media types (the container would fail on them).</li>
 * </ul>
 * Both answer 400 with a problem that says what to change.
 */
@WebFilter(urlPatterns = "/*")
public class RequestHygieneFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TOKEN_PARAMETER = "access_token";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query != null && hasTokenParameter(query)) {
            refuse(request, response, "Send the access token in the Authorization header (Authorization: Bearer …), "
                    + "never in the address: addresses are kept in logs and browser history.");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !MediaTypes.validList(accept)) {
            refuse(request, response, "The Accept header is not a list of media types (e.g. application/json, text/csv;q=0.5).");
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !MediaTypes.validSingle(contentType)) {
            refuse(request, response, "The Content-Type header is not one media type (e.g. application/json or text/csv; charset=UTF-8).");
            return;
        }
        String path = decoded(request.getRequestURI());
        String decodedQuery = query == null ? "" : decoded(query);
        if (path == null || decodedQuery == null) {
            refuse(request, response, "The address is not valid: a %-escape in it is broken or does not stand for UTF-8 text.");
            return;
        }
        if (hasControlCharacter(path) || hasControlCharacter(decodedQuery)) {
            refuse(request, response, "The address contains a control character (such as NUL, %00); "
                    + "remove it from the path and the query parameters.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasTokenParameter(String query) {
        for (String pair : query.split("&")) {
            String name = decoded(pair.split("=", 2)[0]);
            if (TOKEN_PARAMETER.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL);
    }

    /** The text with its %-escapes decoded as UTF-8, or null when an escape is broken or the bytes are not UTF-8. */
    static String decoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        if (Problems.isApi(request.getContextPath(), request.getRequestURI())) {
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, detail);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Interdict</title>"
                    + "</head><body><main><h1>Bad request</h1><p>" + Problems.escapeHtml(detail) + "</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
