package org.interdict.domain.model.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit changed, field by field, before and after, as the audit trail records it. Only the
 * fields whose value actually changed are kept.
 */
public final class Changes {

    /** One field's value before and after the edit (either may be null). */
    public record Change(Object before, Object after) {
    }

    private final Map<String, Change> fields = new LinkedHashMap<>();

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.put(name, new Change(before, after));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Change> asMap() {
        return Collections.unmodifiableMap(fields);
    }
}
