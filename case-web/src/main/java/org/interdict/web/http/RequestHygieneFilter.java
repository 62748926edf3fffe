package org.interdict.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before any resource or page sees them, requests that no person means to send:
 * <ul>
 * <li>an access token in the address ({@code ?access_token=…}): addresses end up in logs, proxies
 * and browser history, so a token travels only in the Authorization header;</li>
 * <li>control characters (NUL, escape, line breaks …) in the path or a query parameter.</li>
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
        String path = decoded(request.getRequestURI());
        String decodedQuery = query == null ? "" : decoded(query);
        if (path == null || decodedQuery == null) {
            refuse(request, response, "The address is not valid: a %-escape in it does not stand for UTF-8 text.");
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

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
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
