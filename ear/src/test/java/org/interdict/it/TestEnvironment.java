package org.interdict.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the servers of the test instance are. {@code ./interdict test} starts them and exports these
 * variables; run the integration tests through it.
 */
final class TestEnvironment {

    private TestEnvironment() {
    }

    static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the integration tests through ./interdict test");
        }
        return value;
    }

    static URI keycloak() {
        return URI.create(require("INTERDICT_KEYCLOAK_URL"));
    }

    static String demoPassword() {
        return require("INTERDICT_DEMO_PASSWORD");
    }

    static String partnerClientSecret() {
        return require("INTERDICT_PARTNER_CLIENT_SECRET");
    }

    static String keycloakAdminPassword() {
        return require("INTERDICT_KEYCLOAK_ADMIN_PASSWORD");
    }

    static String elasticsearchUrl() {
        return require("INTERDICT_ELASTICSEARCH_URL");
    }

    /** A request to the test instance's Elasticsearch as the application's user: security is on, it answers no one else. */
    static RequestSpecification toElasticsearch() {
        return given().auth().preemptive()
                .basic(require("INTERDICT_ELASTICSEARCH_USER"), require("INTERDICT_ELASTICSEARCH_PASSWORD"));
    }

    static String databaseUrl() {
        return require("INTERDICT_DB_URL");
    }

    static Path launcher() {
        return Path.of(require("INTERDICT_LAUNCHER"));
    }

    /** Starts or stops one server of the test instance through the launcher, as an operator would. */
    /** The evidence size limit of the test instance: {@code interdict.evidence.max-bytes} in arquillian.xml. */
    static final String EVIDENCE_MAX_BYTES = "1048576";

    static void launcher(String action, String server) throws java.io.IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "server", action, server).inheritIO();
        // A WildFly started again keeps the test instance's settings that arquillian.xml gives the first one.
        builder.environment().put("INTERDICT_EVIDENCE_MAX_BYTES", EVIDENCE_MAX_BYTES);
        Process process = builder.start();
        if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("./interdict server " + action + " " + server + " failed");
        }
    }

    /** WildFly's management interface, where the health endpoints are. */
    static URI management() {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.management.port", "19990"));
    }

    static Path realmFile() {
        return Path.of("..", "auth", "src", "main", "keycloak", "interdict-realm.json");
    }

    /** The test instance's WildFly: the java process booted with its base directory (to kill it as a crash would). */
    static ProcessHandle wildfly() {
        String base = "-Djboss.server.base.dir=" + System.getProperty("it.jboss.base");
        java.util.List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(base) && c.contains("jboss-modules")).orElse(false))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("one WildFly with " + base + ": " + found);
        }
        return found.get(0);
    }

    /** Kills the test instance's WildFly as a crash would ({@code kill -9}), waits for it to be gone. */
    static void killWildfly() {
        ProcessHandle wildfly = wildfly();
        wildfly.destroyForcibly();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !wildfly.isAlive());
    }

    /** Starts the test instance's WildFly again through the launcher, and waits until it is ready. */
    static void restartWildfly() throws java.io.IOException, InterruptedException {
        launcher("start", "wildfly");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(180)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> given().get(management() + "/health/ready").statusCode() == 200);
    }
}
