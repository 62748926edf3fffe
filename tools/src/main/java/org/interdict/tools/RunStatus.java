package org.interdict.tools;

import java.util.Arrays;

/**
 * The states of an import or a search rebuild as the REST API writes them ({@code batch.status} of
 * {@code GET /api/imports/{id}}, {@code status} of {@code GET /api/admin/search/rebuilds/{id}}), in step
 * with {@code org.interdict.domain.model.trade.RunStatus} and {@code org.interdict.application.search.RebuildStatus},
 * which the tools do not depend on.
 */
enum RunStatus {
    RUNNING, DONE, FAILED;

    /** The state the API answered; an unknown one is an error of the tool, not a failed import. */
    static RunStatus of(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The API answered a status this tool does not know: '" + text
                        + "'"));
    }
}
