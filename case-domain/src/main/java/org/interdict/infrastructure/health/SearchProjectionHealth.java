package org.interdict.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.interdict.application.projection.SearchOutbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the search index is behind the database: entries waiting in the outbox, the age of the
 * oldest, and entries parked for an operator. Reported with readiness; a lag alone does not make the
 * node unready (the database stays the truth), but an operator sees it at once.
 */
@Readiness
@ApplicationScoped
public class SearchProjectionHealth implements HealthCheck {

    @Inject
    SearchOutbox outbox;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        try {
            SearchOutbox.Backlog backlog = outbox.backlog();
            long lag = backlog.oldestPending() == null ? 0 : Duration.between(backlog.oldestPending(), Instant.now()).toSeconds();
            return HealthCheckResponse.named("interdict-search-projection").up()
                    .withData("pending", backlog.pending())
                    .withData("parked", backlog.parked())
                    .withData("lagSeconds", Math.max(0, lag))
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("interdict-search-projection").up()
                    .withData("outbox", "unknown: " + e.getMessage()).build();
        }
    }
}
