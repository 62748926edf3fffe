package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * The one connection from this application node to Elasticsearch, shared by every search adapter.
 * Its address comes from configuration ({@code interdict.elasticsearch.url}), which the WildFly CLI
 * scripts take from the environment.
 */
@ApplicationScoped
public class ElasticsearchConnection {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "interdict.elasticsearch.url", defaultValue = "http://127.0.0.1:9200")
    String url;

    /** Replicas of each index: 0 on a single node (else the cluster stays yellow), 1 or more in a cluster. */
    @Inject
    @ConfigProperty(name = "interdict.elasticsearch.replicas", defaultValue = "0")
    int replicas;

    private RestClient restClient;
    private ElasticsearchClient client;

    @PostConstruct
    void open() {
        URI address = URI.create(url);
        restClient = RestClient.builder(new HttpHost(address.getHost(), address.getPort(), address.getScheme()))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                        .setSocketTimeout((int) SOCKET_TIMEOUT.toMillis()))
                .build();
        // Tracing stays off until the product has an operator-facing story for it.
        client = new ElasticsearchClient(
                new RestClientTransport(restClient, new JacksonJsonpMapper(), null, NoopInstrumentation.INSTANCE));
    }

    @PreDestroy
    void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            ElasticsearchLog.LOG.closeFailed(e);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public int replicas() {
        return replicas;
    }

    /** The configured address, for operators' messages. */
    public String url() {
        return url;
    }
}
