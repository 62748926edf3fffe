package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * Elasticsearch runs with security on: a local process without the application's credentials reads
 * nothing of any agency's index, while WildFly, which has them, still finds Elasticsearch up.
 */
class ElasticsearchSecurityIT extends BlackBoxIT {

    private static final String CHECK = "checks.find { it.name == 'interdict-backing-services' }";

    @Test
    void elasticsearchAnswersOnlyWithTheApplicationsCredentials() {
        String health = TestEnvironment.elasticsearchUrl() + "/_cluster/health";
        String search = TestEnvironment.elasticsearchUrl() + "/interdict-*/_search";
        given().get(health).then().statusCode(401);
        given().get(search).then().statusCode(401);
        given().auth().preemptive().basic(TestEnvironment.require("INTERDICT_ELASTICSEARCH_USER"), "not-the-password")
                .get(health).then().statusCode(401);

        TestEnvironment.toElasticsearch().get(health).then().statusCode(200);
        TestEnvironment.toElasticsearch().get(search).then().statusCode(200);

        // WildFly connects with them: readiness finds Elasticsearch up.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(TestEnvironment.management() + "/health/ready")
                .then().body(CHECK + ".data.elasticsearch", startsWith("UP")));
    }
}
