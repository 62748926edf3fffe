package org.interdict.web.ui.search;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.search.SearchService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The search page's CSV export: every hit of the same search, streamed row by row, in the signed-in
 * browser session (the same OIDC identity as the pages). The service checks the request and the
 * caller before the first byte, so that bad input or a refusal is answered as a short page in words
 * rather than a broken download; the export itself is audited by the service.
 */
@WebServlet(urlPatterns = SearchExportServlet.PATH)
public class SearchExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/export/search.csv";

    @Inject
    transient SearchService search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String q = request.getParameter("q");
        String sort = request.getParameter("sort");
        SearchService.Export export;
        try {
            LocalDate from = date(request.getParameter("from"), "from");
            LocalDate to = date(request.getParameter("to"), "to");
            export = search.export(q, from, to, sort);
        } catch (InvalidInputException e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (AccessDeniedException e) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, Ui.inWords(e).orElse(e.getMessage()));
            return;
        } catch (RecordNotFoundException e) {
            refuse(request, response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (SearchUnavailableException e) {
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"interdict-search.csv\"");
        response.setHeader("Cache-Control", "no-store");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        search.exportCsv(export, writer);
        writer.flush();
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Texts.text(Texts.SEARCH, "error." + name, value));
        }
    }

    /** A short page in words with a way back to the search, instead of a file. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String words) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String back = request.getContextPath() + "/search.xhtml" + Optional.ofNullable(request.getQueryString()).map(s -> "?" + s).orElse("");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(Texts.text(Texts.SEARCH, "export.refused.title")) + "</title></head><body style=\"font-family:system-ui,sans-serif;"
                + "max-width:40rem;margin:3rem auto;line-height:1.5\"><h1 style=\"font-size:1.3rem\">"
                + escape(Texts.text(Texts.SEARCH, "export.refused.title")) + "</h1><p id=\"export-refusal\">" + escape(words)
                + "</p><p><a href=\"" + escape(back) + "\">" + escape(Texts.text(Texts.SEARCH, "export.refused.back")) + "</a></p></body></html>");
        out.flush();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
