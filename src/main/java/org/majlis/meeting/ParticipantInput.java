package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.evidence.QuoteInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("ParticipantInput")
@Description("One actor's part in a meeting, with the quotes that say they took it.")
public class ParticipantInput {

    @Id
    @NonNull
    @Description("The actor, e.g. Actor:sergei-lavrov. An actor takes part in a meeting once.")
    public String actor;

    @NonNull
    @Description("The part they played.")
    public ParticipantRole role;

    @Id
    @Description("The organisation they acted for, e.g. Organisation:russian-ministry-of-foreign-affairs.")
    public String onBehalfOf;

    @NonNull
    @Description("The quotes that say they took part: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
