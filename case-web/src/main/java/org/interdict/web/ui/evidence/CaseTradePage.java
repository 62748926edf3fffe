package org.interdict.web.ui.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.casefile.CaseView;
import org.interdict.application.evidence.EvidenceItem;
import org.interdict.application.evidence.TradeEvidenceService;
import org.interdict.application.evidence.TradeEvidenceView;
import org.interdict.application.party.PartySummary;
import org.interdict.application.trade.HsNomenclature;
import org.interdict.application.trade.TradeViewService;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The trade records linked to a case as evidence: the declaration lines with their risk, linking all
 * the flagged shipments of one of the case's subjects at once, and unlinking one (which the service
 * refuses while a standing proposal relies on it).
 */
@Named("caseTrade")
@ViewScoped
public class CaseTradePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A subject of the case and how many flagged shipments it has (null when that could not be counted). */
    public record Subject(UUID id, String name, Long flagged) {
    }

    @Inject
    CaseAtHand caseAtHand;

    @Inject
    TradeEvidenceService tradeEvidence;

    @Inject
    TradeViewService tradeViews;

    @Inject
    HsNomenclature hs;

    @Inject
    Formats fmt;

    // Records (not serializable): a view restored elsewhere reads them again.
    private transient List<TradeEvidenceView> records;
    private transient List<Subject> subjects;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        String reference = caseAtHand.reference();
        List<TradeEvidenceView> linked = new ArrayList<>();
        if (reference != null) {
            for (EvidenceItem item : CaseReference.quietly(() -> tradeEvidence.evidence(reference)).orElse(List.of())) {
                if (item instanceof TradeEvidenceView record) {
                    linked.add(record);
                }
            }
        }
        records = linked;
    }

    private List<Subject> readSubjects() {
        CaseView view = caseAtHand.view();
        List<Subject> found = new ArrayList<>();
        if (view != null && view.subjects() != null) {
            for (PartySummary party : view.subjects()) {
                Long flagged = CaseReference.quietly(() -> tradeViews.risk(party.id()).flagged().shipments()).orElse(null);
                found.add(new Subject(party.id(), party.primaryName(), flagged));
            }
        }
        return found;
    }

    /** Links every flagged shipment of the subject, and says how many were new. */
    public void linkFlagged(Subject subject) {
        Ui.attempt(() -> tradeEvidence.linkFlaggedOf(caseAtHand.reference(), subject.id())).ifPresent(linked -> {
            int already = linked.requested() - linked.linked();
            if (linked.requested() == 0) {
                Ui.info(Texts.text(Texts.EVIDENCE, "trade.link.none", subject.name()));
            } else {
                Ui.info(Texts.text(Texts.EVIDENCE, "trade.link.done", linked.linked(), already, subject.name()));
            }
        });
        load();
    }

    /** How a message names the record: its declaration and line, or the month of an aggregated row. */
    public String reference(TradeEvidenceView record) {
        if (record.aggregated()) {
            return Texts.text(Texts.EVIDENCE, "trade.ref.total", fmt.tradeDate(record.declarationDate(), record.datePrecision()));
        }
        return record.lineNumber() == null ? Texts.text(Texts.EVIDENCE, "trade.ref.declaration", record.declarationNumber())
                : Texts.text(Texts.EVIDENCE, "trade.ref.line", record.declarationNumber(), record.lineNumber());
    }

    public void unlink(TradeEvidenceView record) {
        if (Ui.run(() -> tradeEvidence.unlink(caseAtHand.reference(), record.id()))) {
            Ui.info(Texts.text(Texts.EVIDENCE, "trade.unlink.done", reference(record)));
        }
        load();
    }

    // ---------------------------------------------------------------------------------------------
    // Words

    public String linkLabel(Subject subject) {
        if (subject.flagged() == null) {
            return Texts.text(Texts.EVIDENCE, "trade.link.uncounted", subject.name());
        }
        return Texts.text(Texts.EVIDENCE, "trade.link", subject.flagged(), subject.name());
    }

    /** The HS subheading's description (HS 2022), else its heading's; empty when the code is not in the nomenclature. */
    public String hsDescription(String hsCode) {
        if (hsCode == null) {
            return "";
        }
        String digits = hsCode.replaceAll("[^0-9]", "");
        if (digits.length() >= 6) {
            var subheading = hs.describe(digits.substring(0, 6));
            if (subheading.isPresent()) {
                return subheading.get();
            }
        }
        return digits.length() >= 4 ? hs.describe(digits.substring(0, 4)).orElse("") : "";
    }

    /** Why the import flagged the record: goods of a CHP tier shipped to a destination on the sanctioned list. */
    public String flaggedReason(TradeEvidenceView record) {
        if (!record.flagged()) {
            return "";
        }
        return Texts.text(Texts.EVIDENCE, "trade.flagged.reason", record.chpTier() == null ? "" : record.chpTier(),
                country(record.destinationCountry()));
    }

    /** A country as people name it ("Russia"), from its ISO code. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code.strip()).getDisplayCountry(Texts.locale());
        return name == null || name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
    }

    /** The value in its currency, and in US dollars beside it when it was declared in another currency ("no rate" when none was known). */
    public String value(TradeEvidenceView record) {
        String declared = fmt.money(record.value(), record.currency());
        if (record.value() == null || record.currency() == null || "USD".equals(record.currency())) {
            return declared;
        }
        if (record.valueUsd() == null) {
            return Texts.text(Texts.EVIDENCE, "trade.value.noRate", declared);
        }
        return Texts.text(Texts.EVIDENCE, "trade.value.usd", declared, fmt.money(record.valueUsd(), "USD"));
    }

    /** The rate a value was converted at, for its tooltip: "89.2 RUB per USD, Apr 2023, Bank of Russia". */
    public String rate(TradeEvidenceView record) {
        if (record.usdRate() == null || record.currency() == null || "USD".equals(record.currency())) {
            return record.value() != null && record.currency() != null && !"USD".equals(record.currency())
                    ? Texts.text(Texts.EVIDENCE, "trade.rate.none", record.currency()) : null;
        }
        return Texts.text(Texts.EVIDENCE, "trade.rate", fmt.number(record.usdRate()), record.currency(),
                fmt.tradeDate(record.usdRateMonth().atDay(1), "MONTH"), record.usdRateSource());
    }

    // ---------------------------------------------------------------------------------------------

    public List<TradeEvidenceView> getRecords() {
        if (records == null) {
            load();
        }
        return records;
    }

    /** The case's subjects, counted once per view (also what the link buttons are built from). */
    public List<Subject> getSubjects() {
        if (subjects == null) {
            subjects = readSubjects();
        }
        return subjects;
    }

    public String getReference() {
        return caseAtHand.reference();
    }
}
