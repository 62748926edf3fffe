package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

/**
 * Readiness follows the servers Interdict depends on: the real Elasticsearch of the test instance is
 * stopped and started again through the launcher.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    private static final String CHECK = "checks.find { it.name == 'interdict-backing-services' }";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return InterdictDeployment.ear();
    }

    @Test
    void readinessIsDownWhileElasticsearchIsStoppedAndUpWhenItReturns() throws Exception {
        String ready = TestEnvironment.management() + "/health/ready";
        given().get(ready).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".data.postgresql", startsWith("UP"))
                .body(CHECK + ".data.keycloak", startsWith("UP"))
                .body(CHECK + ".data.elasticsearch", startsWith("UP"));

        TestEnvironment.launcher("stop", "elasticsearch");
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(ready).then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body(CHECK + ".data.elasticsearch", startsWith("DOWN"))
                    .body(CHECK + ".data.postgresql", startsWith("UP")));
        } finally {
            TestEnvironment.launcher("start", "elasticsearch");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(ready).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".data.elasticsearch", startsWith("UP")));
    }
}
