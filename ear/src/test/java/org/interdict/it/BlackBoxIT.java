package org.interdict.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What the black-box tests of the REST API share: the EAR deployed to the test instance's WildFly,
 * called from outside ({@code testable = false}), and the API as the demo users call it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BlackBoxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return InterdictDeployment.ear();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }
}
