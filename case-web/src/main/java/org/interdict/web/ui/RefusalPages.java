package org.interdict.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The short page in words that a download servlet of the UI answers instead of a file it refuses: a title,
 * the reason and a way back to the page the download came from (with the same query).
 */
public final class RefusalPages {

    private RefusalPages() {
    }

    /** Answers {@code status} with the refusal; {@code backPath} is the page to go back to, e.g. "/search.xhtml". */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String title, String words,
            String backPath, String backLabel) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String back = request.getContextPath() + backPath
                + Optional.ofNullable(request.getQueryString()).map(s -> "?" + s).orElse("");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + escape(Texts.locale().getLanguage()) + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(title) + "</title></head><body style=\"font-family:system-ui,sans-serif;"
                + "max-width:40rem;margin:3rem auto;line-height:1.5\"><main><h1 style=\"font-size:1.3rem\">"
                + escape(title) + "</h1><p id=\"export-refusal\">" + escape(words)
                + "</p><p><a href=\"" + escape(back) + "\">" + escape(backLabel) + "</a></p></main></body></html>");
        out.flush();
    }

    /** Text for HTML content and attribute values. */
    static String escape(String text) {
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
