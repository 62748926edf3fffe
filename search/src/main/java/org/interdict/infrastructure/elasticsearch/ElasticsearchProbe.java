package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.health.ProbeResult;
import org.interdict.application.health.ServiceProbe;

/**
 * Whether Elasticsearch answers, judged by cluster health (the distribution used here answers 405
 * to {@code GET /}, so the client's ping cannot serve). Green and yellow are up: yellow only means
 * replicas are unassigned, as on a single node. Red is down: some data cannot be searched.
 */
@ApplicationScoped
public class ElasticsearchProbe implements ServiceProbe {

    private ElasticsearchConnection connection;

    /** For the CDI container's client proxy. */
    protected ElasticsearchProbe() {
    }

    @Inject
    public ElasticsearchProbe(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public ProbeResult probe() {
        try {
            HealthResponse health = connection.client().cluster().health(h -> h.timeout(t -> t.time("2s")));
            String detail = "cluster '" + health.clusterName() + "' " + health.status().jsonValue()
                    + ", " + health.numberOfNodes() + " node(s) at " + connection.url();
            return health.status() == HealthStatus.Red ? ProbeResult.down(detail) : ProbeResult.up(detail);
        } catch (Exception e) {
            return ProbeResult.down(e);
        }
    }
}
