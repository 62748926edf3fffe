package org.interdict.web.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The language switch of the top bar: {@code GET /locale?lang=ru&back=/case.xhtml?ref=…} remembers the
 * language in a cookie and returns to the page, now in that language. {@code back} must be a path of
 * this application (no open redirect); an unknown language changes nothing.
 */
@WebServlet(urlPatterns = "/locale")
public class LocaleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> locale = LocaleChoice.supported(request.getParameter("lang"));
        locale.ifPresent(l -> response.addCookie(LocaleChoice.cookie(l, request.isSecure())));
        String back = LocaleChoice.localPath(request.getParameter("back"));
        String contextPath = request.getContextPath();
        if (!contextPath.isEmpty() && !back.equals(contextPath) && !back.startsWith(contextPath + "/")) {
            back = contextPath + back;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(back);
    }
}
