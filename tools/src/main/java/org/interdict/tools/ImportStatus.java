package org.interdict.tools;

import java.util.Arrays;

/**
 * The states of an import as the REST API writes them ({@code batch.status} of {@code GET /api/imports/{id}}),
 * in step with {@code org.interdict.domain.model.trade.ImportStatus}, which the tools do not depend on.
 */
enum ImportStatus {
    RUNNING, DONE, FAILED;

    /** The state the API answered; an unknown one is an error of the tool, not a failed import. */
    static ImportStatus of(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The API answered an import status this tool does not know: '" + text
                        + "'"));
    }
}
