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
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The one connection from this application node to Elasticsearch, shared by every search adapter.
 * Its address comes from configuration ({@code interdict.elasticsearch.url}), which the WildFly CLI
 * scripts take from the environment; so do the user and password it authenticates with
 * ({@code interdict.elasticsearch.user}, {@code interdict.elasticsearch.password}: HTTP basic
 * authentication, sent with every request), when a user is configured.
 */
@ApplicationScoped
public class ElasticsearchConnection {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "interdict.elasticsearch.url", defaultValue = "http://127.0.0.1:9200")
    String url;

    /** Absent or empty: Elasticsearch is called without credentials (a cluster with security off). */
    @Inject
    @ConfigProperty(name = "interdict.elasticsearch.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "interdict.elasticsearch.password")
    Optional<String> password;

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
                .setHttpClientConfigCallback(http -> user.filter(name -> !name.isBlank())
                        .map(name -> http.setDefaultCredentialsProvider(credentials(name, password.orElse(""))))
                        .orElse(http))
                .build();
        // Tracing stays off until the product has an operator-facing story for it.
        client = new ElasticsearchClient(
                new RestClientTransport(restClient, new JacksonJsonpMapper(), null, NoopInstrumentation.INSTANCE));
    }

    /** Basic authentication as the user; the rest client sends it preemptively, not only after a 401. */
    private static BasicCredentialsProvider credentials(String user, String password) {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, password));
        return provider;
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
