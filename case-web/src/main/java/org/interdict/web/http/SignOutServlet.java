package org.interdict.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.interdict.application.identity.SignOut;

import java.io.IOException;

/**
 * Sign-out from the web UI: ends the session here and, through the identity provider's end-session
 * endpoint, the sign-in there, then returns to the start page, which asks for the password again.
 * The top bar's link sends a GET (a form could not follow the redirect to the provider under the
 * pages' {@code form-action 'self'}); a POST does the same.
 */
@WebServlet(urlPatterns = "/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignOut signOut;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        String address = signOut.endSessionAddress(home).orElse(home);
        request.logout();
        // Logging out may already have ended the session (elytron does); end it here when it has not.
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // Nothing left to end.
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(address);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doPost(request, response);
    }
}
