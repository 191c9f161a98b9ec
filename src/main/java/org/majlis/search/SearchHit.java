package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Node;

@Description("A node whose name matches a search text, with the name that matched and how well.")
public class SearchHit {

    @NonNull
    @Description("The actor, organisation or place found.")
    public Node node;

    @NonNull
    @Description("How well it matched, 0 to 1: 1 for the name exactly as typed, 0.6 to 0.9 for the same name "
            + "spelt differently, at most 0.5 for a close spelling or another script. Hits come best first.")
    public double score;

    @NonNull
    @Description("The name or alias of the node that matched, as the node has it.")
    public String matched;

    @NonNull
    @Description("BCP 47 language tag of the matched name.")
    public String matchedLang;

    @NonNull
    @Description("How the text matched the name.")
    public MatchKind match;

    SearchHit(Node node, NameMatch match) {
        this.node = node;
        this.score = Math.round(match.score() * 1000) / 1000.0;
        this.matched = match.name().text();
        this.matchedLang = match.name().lang();
        this.match = match.kind();
    }
}
