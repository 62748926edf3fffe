package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;

import org.interdict.domain.model.trade.HsCode;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The HS 2022 nomenclature (UN Comtrade / WCO): chapters, headings and subheadings with their
 * descriptions. A declared code is valid when its six-digit subheading exists.
 */
@ApplicationScoped
public class HsNomenclature {

    private final Map<String, String> descriptions;

    public HsNomenclature() {
        Map<String, String> codes = new HashMap<>();
        ReferenceData.rows(ReferenceData.HS_2022, row -> codes.put(row.get("hscode"), row.get("description")));
        descriptions = Collections.unmodifiableMap(codes);
    }

    /** Whether the code's subheading exists in HS 2022. */
    public boolean exists(HsCode code) {
        return descriptions.containsKey(code.hs6());
    }

    /** The subheading's description. */
    public Optional<String> describe(HsCode code) {
        return Optional.ofNullable(descriptions.get(code.hs6()));
    }

    /** The description of a chapter, heading or subheading given by its digits (2, 4 or 6). */
    public Optional<String> describe(String digits) {
        return Optional.ofNullable(descriptions.get(digits));
    }

    public int size() {
        return descriptions.size();
    }

    /** How many codes of this many digits the nomenclature holds: 2 chapters, 4 headings, 6 subheadings. */
    public long count(int digits) {
        return descriptions.keySet().stream().filter(code -> code.length() == digits).count();
    }
}
