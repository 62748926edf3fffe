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
import org.interdict.web.ui.RefusalPages;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
        RefusalPages.send(request, response, status, Texts.text(Texts.SEARCH, "export.refused.title"), words, "/search.xhtml",
                Texts.text(Texts.SEARCH, "export.refused.back"));
    }
}
