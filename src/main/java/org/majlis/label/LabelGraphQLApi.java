package org.majlis.label;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The names of every named node, from the snapshot of LabelService: no query. */
@GraphQLApi
public class LabelGraphQLApi {

    private final LabelService labels;

    public LabelGraphQLApi(LabelService labels) {
        this.labels = labels;
    }

    @NonNull
    @Description("The name in a language, falling back to English.")
    public String name(@Source Named node, @Description("A BCP 47 language tag: en, ar, ...") @DefaultValue("en") String lang) {
        return labels.name(node.getId(), lang);
    }

    @NonNull
    @Description("Every name, one per language.")
    public List<@NonNull Label> names(@Source Named node) {
        return labels.labels(node.getId(), false);
    }

    @NonNull
    @Description("Other spellings and names: transliterations, short forms, acronyms, the sources' own misspellings.")
    public List<@NonNull Label> aliases(@Source Named node) {
        return labels.labels(node.getId(), true);
    }
}
