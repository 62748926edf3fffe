package org.interdict.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.interdict.application.health.ProbeResult;
import org.interdict.application.health.ServiceProbe;

import java.util.Comparator;
import java.util.List;

/**
 * Ready only when every server Interdict depends on answers: PostgreSQL, Elasticsearch and
 * Keycloak. Each probe comes from the module that talks to that server; the answer names each one
 * with what it found, so an operator sees which is down and why.
 *
 * <p>It lives in a library of the EAR, not in the web module: WildFly collects health checks with the
 * bean manager of the EAR's libraries, which does not see beans of the web module.
 */
@Readiness
@ApplicationScoped
public class BackingServicesReadiness implements HealthCheck {

    static final String NAME = "interdict-backing-services";

    private Instance<ServiceProbe> probes;

    /** For the CDI container's client proxy. */
    protected BackingServicesReadiness() {
    }

    @Inject
    public BackingServicesReadiness(@Any Instance<ServiceProbe> probes) {
        this.probes = probes;
    }

    @Override
    public HealthCheckResponse call() {
        List<ServiceProbe> all = probes.stream().sorted(Comparator.comparing(ServiceProbe::name)).toList();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean up = !all.isEmpty();
        for (ServiceProbe probe : all) {
            ProbeResult result = probe.probe();
            up &= result.up();
            response.withData(probe.name(), (result.up() ? "UP: " : "DOWN: ") + result.detail());
        }
        return response.status(up).build();
    }
}
