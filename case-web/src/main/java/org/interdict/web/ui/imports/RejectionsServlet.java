package org.interdict.web.ui.imports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.trade.TradeImportService;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The refused lines of an import as CSV for the web UI ({@code /export/rejections.csv?id=UUID}): the
 * same service call and file as the API's {@code GET /api/imports/{id}/rejections.csv}, in the browser's
 * session. An import the caller may not follow is answered 404, as if it did not exist.
 */
@WebServlet(urlPatterns = RejectionsServlet.PATH)
public class RejectionsServlet extends HttpServlet {

    static final String PATH = "/export/rejections.csv";

    private static final long serialVersionUID = 1L;

    @Inject
    transient TradeImportService imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("id")).strip());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            imports.visible(id);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejections.csv\"");
        response.setHeader("Cache-Control", "no-store");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        imports.rejectionsCsv(id, writer);
        writer.flush();
    }
}
