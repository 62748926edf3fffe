package org.interdict.application.designation;

import org.interdict.application.CsvWriter;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Designations as CSV (RFC 4180, UTF-8): one row per designated party, lists joined with "; ". */
final class DesignationCsv {

    static final List<String> HEADER = List.of("designation_id", "party_id", "party_kind", "primary_name", "aliases",
            "identifiers", "addresses", "country", "measure", "legal_basis", "statement_of_reasons", "effective_date",
            "published_at", "agency");

    private final CsvWriter csv;

    DesignationCsv(Writer out) {
        csv = new CsvWriter(out, HEADER);
    }

    void write(DesignationView d) {
        csv.row(List.of(d.id().toString(), d.partyId().toString(), d.partyKind(), d.primaryName(),
                d.aliases().stream().map(DesignationView.NameView::name).collect(Collectors.joining("; ")),
                d.identifiers().stream().map(i -> i.type() + ":" + i.value()).collect(Collectors.joining("; ")),
                d.addresses().stream().map(DesignationView.AddressView::oneLine).collect(Collectors.joining("; ")),
                d.country(), d.measure(), d.legalBasis(), d.statementOfReasons(),
                d.effectiveDate().toString(), d.publishedAt().toString(), d.agency()));
    }

    long rows() {
        return csv.rows();
    }
}
