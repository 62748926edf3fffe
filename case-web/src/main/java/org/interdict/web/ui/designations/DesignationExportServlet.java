package org.interdict.web.ui.designations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.interdict.application.InvalidInputException;
import org.interdict.application.designation.DesignationQuery;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.web.ui.RefusalPages;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The designations page's downloads: the published designations as CSV ({@value #CSV}) or as
 * FollowTheMoney JSON lines ({@value #FTM}), all of them or those the list's filters select (the same
 * page parameters), streamed in the signed-in browser session. The service checks the reader and the
 * filters before the first byte, so that a refusal is a short page in words rather than a broken
 * download; it also audits the export.
 */
@WebServlet(urlPatterns = {DesignationExportServlet.CSV, DesignationExportServlet.FTM})
public class DesignationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CSV = "/export/designations.csv";
    static final String FTM = "/export/designations.ftm.json";

    @Inject
    transient DesignationService designations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        boolean csv = CSV.equals(request.getServletPath());
        DesignationQuery query;
        try {
            query = new DesignationQuery(request.getParameter(DesignationWords.TEXT), request.getParameter(DesignationWords.MEASURE),
                    request.getParameter(DesignationWords.COUNTRY), request.getParameter(DesignationWords.AGENCY),
                    DesignationWords.date(request.getParameter(DesignationWords.FROM), DesignationWords.FROM),
                    DesignationWords.date(request.getParameter(DesignationWords.TO), DesignationWords.TO), null);
            designations.checkExport(query);
        } catch (InvalidInputException e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (AccessDeniedException e) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, Ui.inWords(e).orElse(e.getMessage()));
            return;
        }
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/x-ndjson; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + (csv ? "interdict-designations.csv" : "interdict-designations.ftm.json") + "\"");
        response.setHeader("Cache-Control", "no-store");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        if (csv) {
            designations.exportCsv(query, writer);
        } else {
            designations.exportFollowTheMoney(query, writer);
        }
        writer.flush();
    }

    /** A short page in words with a way back to the list, instead of a file. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String words) throws IOException {
        RefusalPages.send(request, response, status, Texts.text(Texts.DESIGNATIONS, "export.refused.title"), words, "/designations.xhtml",
                Texts.text(Texts.DESIGNATIONS, "export.refused.back"));
    }
}
