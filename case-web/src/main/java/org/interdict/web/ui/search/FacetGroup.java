package org.interdict.web.ui.search;

import java.io.Serializable;
import java.util.List;

/** One group of facet values (record type, country …), each a link that narrows the search to it. */
public record FacetGroup(String id, String label, List<Value> values) implements Serializable {

    /**
     * @param active whether the search is already narrowed to it (the link then removes the filter)
     */
    public record Value(String label, long count, String link, boolean active) implements Serializable {
    }
}
