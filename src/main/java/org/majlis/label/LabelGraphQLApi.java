package org.majlis.label;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The names of every named node, from the snapshot of LabelService: no query, so they are answered where graphql-java
 * runs ({@code @NonBlocking}), as are the other fields computed from their object alone (a title in a language), instead
 * of being handed to a worker thread each: a meetings list has about 140 of them. Such a method also carries its
 * field's {@code @Name}, which Quarkus's build requires of a method marked {@code @NonBlocking}.
 */
// By hand: Quarkus registers only the classes of top-level operations for reflection (docs/native.md).
@RegisterForReflection
@GraphQLApi
public class LabelGraphQLApi {

    private final LabelService labels;

    public LabelGraphQLApi(LabelService labels) {
        this.labels = labels;
    }

    @NonNull
    @Description("The name in a language, falling back to English.")
    @Name("name")
    @NonBlocking
    public String name(@Source Named node, @Description("A BCP 47 language tag: en, ar, ...") @DefaultValue("en") String lang) {
        return labels.name(node.getId(), lang);
    }

    @NonNull
    @Description("Every name, one per language.")
    @Name("names")
    @NonBlocking
    public List<@NonNull Label> names(@Source Named node) {
        return labels.labels(node.getId(), false);
    }

    @NonNull
    @Description("Other spellings and names: transliterations, short forms, acronyms, the sources' own misspellings.")
    @Name("aliases")
    @NonBlocking
    public List<@NonNull Label> aliases(@Source Named node) {
        return labels.labels(node.getId(), true);
    }
}
