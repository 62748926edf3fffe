package org.interdict.application.designation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Designations as CSV (RFC 4180, UTF-8): one row per designated party, lists joined with "; ". */
final class DesignationCsv {

    static final List<String> HEADER = List.of("designation_id", "party_id", "party_kind", "primary_name", "aliases",
            "identifiers", "addresses", "country", "measure", "legal_basis", "statement_of_reasons", "effective_date",
            "published_at", "agency");

    private final Writer out;
    private long rows;

    DesignationCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    void write(DesignationView d) {
        line(List.of(d.id().toString(), d.partyId().toString(), d.partyKind(), d.primaryName(),
                d.aliases().stream().map(DesignationView.NameView::name).collect(Collectors.joining("; ")),
                d.identifiers().stream().map(i -> i.type() + ":" + i.value()).collect(Collectors.joining("; ")),
                d.addresses().stream().map(DesignationView.AddressView::oneLine).collect(Collectors.joining("; ")),
                nullToEmpty(d.country()), d.measure(), d.legalBasis(), d.statementOfReasons(),
                d.effectiveDate().toString(), d.publishedAt().toString(), d.agency()));
        rows++;
    }

    long rows() {
        return rows;
    }

    private void line(List<String> fields) {
        try {
            out.write(fields.stream().map(DesignationCsv::quote).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
