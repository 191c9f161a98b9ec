package org.majlis.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.label.LabelInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("EditActorInput")
@Description("An actor's names or aliases, at the version they were read: a list given replaces the actor's list "
        + "whole, a list left out stays as it is.")
public class EditActorInput {

    @Id
    @NonNull
    @Description("The actor, e.g. Actor:sergei-lavrov.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the actor as it now is.")
    public int version;

    @Description("The names, all of them: one per language, one of them English.")
    public List<@NonNull LabelInput> names;

    @Description("The aliases, all of them.")
    public List<@NonNull LabelInput> aliases;
}
