package org.majlis.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.majlis.seed.SeedStatus;

/**
 * Started once the seeds are imported: a startup probe on /q/health/started waits for the import however long a
 * large seed set takes, so that liveness can stay strict without killing a replica that is still importing.
 */
@Startup
@ApplicationScoped
public class SeedImportStartupCheck implements HealthCheck {

    private final SeedStatus status;

    public SeedImportStartupCheck(SeedStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seed-import")
                .status(status.state() == SeedStatus.State.IMPORTED)
                .withData("state", status.state().name())
                .build();
    }
}
