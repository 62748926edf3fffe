package org.interdict.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.report.CaseReport;
import org.interdict.application.report.CaseReports;
import org.interdict.application.report.HandlingMarkings;
import org.interdict.application.report.ReportUnavailableException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a case report as a PDF with PDFBox: A4 pages, the report's handling marking at the top and
 * the bottom of every page, "Page n of m" in the footer, long texts wrapped and tables continued on the
 * next page under a repeated header row.
 *
 * <p>The font is a TrueType font (or a TrueType collection, of which the first font is used) named by
 * {@code interdict.report.font}; by default WenQuanYi Zen Hei from Debian's {@code fonts-wqy-zenhei},
 * which covers Latin, Cyrillic and Han. It is embedded as a subset, so a report reads the same on every
 * machine. A character the font has no glyph for prints as {@code ?}.
 */
@ApplicationScoped
public class PdfBoxCaseReports implements CaseReports {

    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Path font;

    /** For the CDI container's client proxy. */
    protected PdfBoxCaseReports() {
    }

    @Inject
    public PdfBoxCaseReports(@ConfigProperty(name = "interdict.report.font", defaultValue = DEFAULT_FONT) String font) {
        this.font = Path.of(font);
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void requireAvailable() {
        if (!Files.isRegularFile(font) || !Files.isReadable(font)) {
            throw new ReportUnavailableException("Case reports cannot be made right now: the font they embed (" + font
                    + ", setting interdict.report.font) is missing on the server. An administrator installs it "
                    + "(Debian package fonts-wqy-zenhei) or names another TrueType font.");
        }
    }

    @Override
    public void render(CaseReport report, OutputStream out) throws IOException {
        requireAvailable();
        boolean collection = isCollection(font);
        try (PDDocument document = new PDDocument();
                TrueTypeCollection ttc = collection ? new TrueTypeCollection(font.toFile()) : null) {
            PDType0Font type0 = collection ? PDType0Font.load(document, first(ttc), true) : PDType0Font.load(document, font.toFile());
            PdfLayout layout = new PdfLayout(document, type0);
            write(report, layout);
            layout.finish(report.marking(), report.summary().reference());
            document.save(out);
        }
    }

    /** A line's value in its own currency, and in USD where known and different. */
    private static String value(CaseReport.TradeLine t) {
        if (t.value() == null) {
            return "";
        }
        String own = String.format(Locale.ROOT, "%,.0f", t.value()) + " " + or(t.currency(), "");
        return t.valueUsd() == null || "USD".equals(t.currency()) ? own.strip()
                : own.strip() + " (USD " + String.format(Locale.ROOT, "%,.0f", t.valueUsd()) + ")";
    }

    private static boolean isCollection(Path font) {
        String name = font.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttc") || name.endsWith(".otc");
    }

    /**
     * The collection's first font, parsed alone: PDFBox reads a font's glyphs when it parses it, and a CJK
     * collection holds several fonts of some 35 MB each, so the walk stops at the first.
     */
    private static TrueTypeFont first(TrueTypeCollection ttc) throws IOException {
        try {
            ttc.processAllFonts(font -> {
                throw new FirstFont(font);
            });
        } catch (FirstFont found) {
            return found.font;
        }
        throw new ReportUnavailableException("The font collection named by interdict.report.font holds no font.");
    }

    /** Ends the walk over a font collection at its first font. */
    private static final class FirstFont extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient TrueTypeFont font;

        FirstFont(TrueTypeFont font) {
            super(null, null, false, false);
            this.font = font;
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static void write(CaseReport r, PdfLayout out) throws IOException {
        CaseReport.Summary s = r.summary();
        boolean full = r.edition() == CaseReport.Edition.FULL;
        out.title("Case report " + s.reference());
        out.paragraph(s.title());
        out.small((full ? "Full report for the owning agency." : "Partner report: what agency " + firstOr(s.sharedWith(), "?")
                + " may see of this case; the owning agency's internal records are not part of it.")
                + " Prepared for " + r.preparedFor() + " on " + time(r.generatedAt()) + ".");

        out.heading("Summary");
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Reference", s.reference()));
        rows.add(row("Title", s.title()));
        rows.add(row("Status", words(s.status())));
        if (full) {
            rows.add(row("Priority", words(s.priority())));
            rows.add(row("Assignee", or(s.assignee(), "unassigned")));
        }
        rows.add(row("Due date", s.dueDate() == null ? "none" : s.dueDate().toString()));
        rows.add(row("Agency", s.owningAgency()));
        rows.add(row("Releasability", words(s.releasability())
                + (s.sharedWith().isEmpty() ? "" : " (" + String.join(", ", s.sharedWith()) + ")")));
        rows.add(row("Handling marking", r.marking()));
        out.table(new String[] {"Field", "Value"}, new float[] {0.25f, 0.75f}, rows, false);
        if (s.description() != null && !s.description().isBlank()) {
            out.label("Description");
            out.paragraph(s.description());
        }

        out.heading("Subjects");
        if (r.subjects().isEmpty()) {
            out.paragraph("No subjects.");
        }
        for (CaseReport.Subject subject : r.subjects()) {
            out.label(subject.primaryName());
            out.small(String.join(" · ", nonBlank(words(subject.kind()), subject.country(), words(subject.designationStatus()))));
            if (!subject.aliases().isEmpty()) {
                out.table(new String[] {"Alias", "Script", "Language"}, new float[] {0.6f, 0.2f, 0.2f},
                        subject.aliases().stream().map(a -> new String[] {a.name(), or(a.script(), ""), or(a.language(), "")}).toList(), true);
            }
            if (!subject.identifiers().isEmpty()) {
                out.table(new String[] {"Identifier", "Value", "Country"}, new float[] {0.35f, 0.45f, 0.2f},
                        subject.identifiers().stream().map(i -> new String[] {i.type(), i.value(), or(i.country(), "")}).toList(), true);
            }
        }

        if (full) {
            out.heading("Proposal");
            CaseReport.Proposal p = r.proposal();
            if (p == null) {
                out.paragraph("No designation has been proposed.");
            } else {
                out.table(new String[] {"Field", "Value"}, new float[] {0.25f, 0.75f}, List.of(
                        row("Measure", words(p.measure())),
                        row("Legal basis", p.legalBasis()),
                        row("Proposed", p.proposedBy() + ", " + time(p.proposedAt())),
                        row("State", p.outcome() == null ? "pending a decision" : words(p.outcome()))), false);
                out.label("Statement of reasons");
                out.paragraph(p.statementOfReasons());
                if (!p.reasons().isEmpty()) {
                    out.label("Reasons and the evidence they cite");
                    out.table(new String[] {"No.", "Reason", "Evidence cited"}, new float[] {0.07f, 0.58f, 0.35f},
                            p.reasons().stream().map(reason -> new String[] {String.valueOf(reason.number()), reason.text(),
                                    reason.citations().isEmpty() ? "none" : String.join("\n", reason.citations())}).toList(), true);
                }
                out.label("Evidence relied on");
                out.paragraph(p.reliedOn().isEmpty() ? "None named." : String.join("\n", p.reliedOn()));
            }

            out.heading("Decisions");
            if (r.decisions().isEmpty()) {
                out.paragraph("No decisions.");
            } else {
                out.table(new String[] {"Outcome", "Measure", "Decided by", "When", "Rationale"},
                        new float[] {0.13f, 0.15f, 0.14f, 0.16f, 0.42f},
                        r.decisions().stream().map(d -> new String[] {words(d.outcome()), words(d.measure()),
                                or(d.decidedBy(), ""), time(d.decidedAt()), or(d.rationale(), "")}).toList(), true);
            }
        }

        out.heading("Evidence");
        if (r.evidence().isEmpty()) {
            out.paragraph(full ? "No evidence." : "No evidence released to your agency.");
        } else {
            out.table(new String[] {"Name", "Media type", "Size", "SHA-256", "Source and provenance", "Marking"},
                    new float[] {0.18f, 0.13f, 0.09f, 0.2f, 0.28f, 0.12f},
                    r.evidence().stream().map(e -> new String[] {e.name(), e.mediaType(), size(e.size()), e.sha256(),
                            provenance(e), or(e.handlingMarking(), "")}).toList(), true);
        }

        if (!r.tradeRecords().isEmpty()) {
            out.heading("Trade records linked as evidence");
            out.table(new String[] {"Declaration", "Line", "Date", "HS", "CHP tier", "Value", "Exporter → consignee", "Route"},
                    new float[] {0.26f, 0.05f, 0.1f, 0.08f, 0.08f, 0.14f, 0.2f, 0.09f},
                    r.tradeRecords().stream().map(t -> new String[] {t.declarationNumber() == null ? "monthly total" : t.declarationNumber(),
                        t.lineNumber() == null ? "" : String.valueOf(t.lineNumber()),
                            t.date() == null ? "" : t.date().toString(), or(t.hsCode(), ""),
                            t.chpTier() == null ? "—" : t.chpTier() + (t.flagged() ? " flagged" : ""), value(t),
                            t.exporter() + " → " + t.consignee(), or(t.originCountry(), "?") + " → " + or(t.destinationCountry(), "?")})
                            .toList(), true);
            java.math.BigDecimal usd = r.tradeRecords().stream().map(CaseReport.TradeLine::valueUsd).filter(java.util.Objects::nonNull)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            int lines = r.tradeRecords().size();
            out.small(lines + (lines == 1 ? " declaration line, " : " declaration lines, ")
                    + r.tradeRecords().stream().filter(CaseReport.TradeLine::flagged).count() + " flagged; USD "
                    + String.format(Locale.ROOT, "%,.0f", usd) + " in all where a value in USD is known.");
        }

        if (r.auditShown()) {
            out.heading("Audit trail");
            if (r.auditOmitted() > 0) {
                out.small("The newest " + r.audit().size() + " events; " + r.auditOmitted()
                        + " older ones are in the case's audit trail.");
            }
            out.table(new String[] {"When", "Who", "Action", "Details"}, new float[] {0.17f, 0.17f, 0.2f, 0.46f},
                    r.audit().stream().map(a -> new String[] {time(a.occurredAt()), a.actor() + " (" + a.actorAgency() + ")",
                            a.action(), or(a.details(), "")}).toList(), true);
        }

        out.small("The handling marking of this report is the most restrictive marking of the evidence it lists, or "
                + HandlingMarkings.DEFAULT + " when none of it is marked.");
    }

    private static String provenance(CaseReport.EvidenceItem e) {
        List<String> parts = new ArrayList<>();
        if (e.source() != null) {
            parts.add(e.source());
        }
        if (e.obtainedBy() != null) {
            parts.add("obtained by " + e.obtainedBy());
        }
        if (e.obtainedFrom() != null) {
            parts.add("from " + e.obtainedFrom());
        }
        if (e.obtainedOn() != null) {
            parts.add("on " + e.obtainedOn());
        }
        return String.join(", ", parts);
    }

    private static String[] row(String label, String value) {
        return new String[] {label, or(value, "")};
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String firstOr(List<String> values, String otherwise) {
        return values.isEmpty() ? otherwise : values.get(0);
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        return kept;
    }

    /** An enum name in words: CLOSED_NO_ACTION as "closed no action". */
    private static String words(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
