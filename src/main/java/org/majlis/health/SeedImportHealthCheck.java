package org.majlis.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.majlis.actor.Actor;
import org.majlis.document.Document;
import org.majlis.meeting.Meeting;
import org.majlis.organisation.Organisation;
import org.majlis.presence.MilitaryPresence;
import org.majlis.seed.SeedStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Ready once the seeds are imported; the counts come from the database, so they also prove it answers. */
@Readiness
@ApplicationScoped
public class SeedImportHealthCheck implements HealthCheck {

    private final SeedStatus status;

    public SeedImportHealthCheck(SeedStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("seed-import");
        if (status.state() != SeedStatus.State.IMPORTED) {
            return response.down().withData("state", status.state().name()).withData("reason", status.detail()).build();
        }
        status.notApplied().ifPresent(reason -> response.withData("seedsNotApplied", reason));
        try {
            return QuarkusTransaction.requiringNew().call(() -> response.up()
                    .withData("fingerprint", status.detail())
                    .withData("documents", Document.count())
                    .withData("actors", Actor.count())
                    .withData("organisations", Organisation.count())
                    .withData("meetings", Meeting.count())
                    .withData("militaryPresences", MilitaryPresence.count())
                    .build());
        } catch (RuntimeException e) {
            return response.down().withData("reason", "the database does not answer: " + e.getMessage()).build();
        }
    }
}
