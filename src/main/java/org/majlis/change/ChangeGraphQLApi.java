package org.majlis.change;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.PageRequest;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** The feed of changes, for clients that keep a copy of the graph in step: paged, and pushed as they commit. */
@GraphQLApi
public class ChangeGraphQLApi {

    private final ChangeService changes;
    private final ChangeStream stream;

    public ChangeGraphQLApi(ChangeService changes, ChangeStream stream) {
        this.changes = changes;
        this.stream = stream;
    }

    @Query
    @NonNull
    @Description("Every change analysts made to the graph, in the order the changes committed: keep the endCursor of "
            + "the last page read, and ask again with after: it to get only what changed since (docs/api.md, "
            + "\"Writing\").")
    public ChangeConnection changes(
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what committed after it.") String after)
            throws GraphQLException {
        return changes.page(PageRequest.of(first, after));
    }

    @Query
    @NonNull
    @Description("Every change of one node, oldest first, whether or not it is still in the graph: a retracted claim "
            + "answers here what it was, who retracted it and why.")
    public ChangeConnection history(
            @NonNull @Id @Description("The node, e.g. Meeting:2024-05-13-moscow-libya-russia.") String id,
            @Description("How many to return, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("A cursor from a previous page: return what follows it.") String after) throws GraphQLException {
        GlobalId.parse(id);
        return changes.history(id, PageRequest.of(first, after));
    }

    @Subscription
    @NonNull
    @Description("Each change as it commits, on this replica or another of the same database, from the moment of "
            + "subscribing (over graphql-transport-ws, as Apollo Client and urql speak it). A client that was away reads "
            + "what it missed from changes(after:), with the cursor of the last change it has.")
    public Multi<Change> changed() {
        return stream.subscribe();
    }
}
