package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Role;
import org.interdict.domain.model.trade.ChpTier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which versions of the reference tables packaged with the product this installation runs on: the
 * Common High Priority items list (its version, how many subheadings per tier) and the HS
 * nomenclature (how many chapters, headings and subheadings). Administrators read it, to know which
 * list flags imports and which codes count as valid; it is the system's, not case content.
 */
@ApplicationScoped
public class ReferenceDataFacts {

    /** The nomenclature's edition, as the packaged table is HS 2022. */
    static final String HS_EDITION = "HS 2022";

    private ChpList chpList;
    private HsNomenclature nomenclature;
    private AccessPolicy access;

    /** For the CDI container's client proxy. */
    protected ReferenceDataFacts() {
    }

    @Inject
    public ReferenceDataFacts(ChpList chpList, HsNomenclature nomenclature, AccessPolicy access) {
        this.chpList = chpList;
        this.nomenclature = nomenclature;
        this.access = access;
    }

    /**
     * The CHP list as packaged.
     *
     * @param version     as the list's table writes it, e.g. "2024-02-23 (BIS/EU/UK/JP joint CHPL, 50 HS-6 codes)"
     * @param publishedOn the date the version starts with, or null when it starts with none
     * @param perTier     subheadings per tier label (1, 2, 3.A …), in tier order
     * @param subheadings subheadings on the list in all
     */
    public record ChpListFacts(String version, LocalDate publishedOn, Map<String, Long> perTier, long subheadings) {
    }

    /** The HS nomenclature as packaged: its edition and how many codes of each level it holds. */
    public record NomenclatureFacts(String edition, long chapters, long headings, long subheadings) {
    }

    /** Both tables' facts. */
    public record Facts(ChpListFacts chpList, NomenclatureFacts nomenclature) {
    }

    /** The facts of the packaged reference tables; administrators only. */
    public Facts facts() {
        if (!access.caller().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators read the versions of the reference data.");
        }
        return new Facts(chp(chpList.items()), new NomenclatureFacts(HS_EDITION, nomenclature.count(2), nomenclature.count(4),
                nomenclature.count(6)));
    }

    static ChpListFacts chp(Collection<ChpList.Item> items) {
        Map<String, Long> perTier = new LinkedHashMap<>();
        for (ChpTier tier : ChpTier.values()) {
            long count = items.stream().filter(i -> i.tier() == tier).count();
            if (count > 0) {
                perTier.put(tier.label(), count);
            }
        }
        String version = items.stream().map(ChpList.Item::listVersion).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse("");
        return new ChpListFacts(version, dateOf(version), perTier, items.size());
    }

    /** The date a version text starts with ("2024-02-23 (…)"), or null. */
    static LocalDate dateOf(String version) {
        if (version == null || version.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(version.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
