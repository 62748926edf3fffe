package org.interdict.web.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own error answers (no token or a bad one, a path no resource serves, a method not
 * allowed) in the product's words: {@code application/problem+json} under {@code /api}, a short page
 * elsewhere. Never a stack trace or the server's default page.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        response.setStatus(status);
        if (Problems.isApi(request.getContextPath(), path)) {
            Problems.write(response, status, detail(status));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            String text = Problems.escapeHtml(detail(status));
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Interdict</title></head>"
                    + "<body><main><h1>" + Problems.title(status) + "</h1><p>" + text + "</p><p><a href=\"" + request.getContextPath()
                    + "/\">Back to Interdict</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not well formed (its address, headers or body); check it against the API's documentation.";
            case 401 -> "Sign in first: send an access token from Keycloak in the Authorization header (Authorization: Bearer …). "
                    + "A token that has expired or was not issued for Interdict is refused too.";
            case 403 -> "Your roles do not allow this operation.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            default -> "Something went wrong on our side. Try again; if it persists, tell your administrator.";
        };
    }
}
