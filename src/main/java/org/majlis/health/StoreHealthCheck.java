package org.majlis.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.majlis.store.Store;

/**
 * Says in the readiness details what kind of database the service runs on and whether what it holds lasts, so that
 * an operator sees at a glance a deployment whose database ends with its process. Always up: whether the database
 * answers is the seed-import check's to say.
 */
@Readiness
@ApplicationScoped
public class StoreHealthCheck implements HealthCheck {

    static final String IN_MEMORY = "in memory: every start fills it from the seeds again, and nothing else written "
            + "to it outlasts the process";

    private final Store store;

    public StoreHealthCheck(Store store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("store").up()
                .withData("kind", store.kind().name())
                .withData("lasting", store.lasting());
        return store.lasting() ? response.build() : response.withData("note", IN_MEMORY).build();
    }
}
