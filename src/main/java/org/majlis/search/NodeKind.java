package org.majlis.search;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.actor.Actor;
import org.majlis.organisation.Organisation;
import org.majlis.place.Place;

@Description("The kinds of node that search finds by name.")
public enum NodeKind {
    @Description("People: ministers, envoys, commanders.")
    ACTOR(Actor.TYPE),
    @Description("States, governments, ministries, armed forces, companies, international bodies, media.")
    ORGANISATION(Organisation.TYPE),
    @Description("Cities, bases, regions, countries.")
    PLACE(Place.TYPE);

    private final String type;

    NodeKind(String type) {
        this.type = type;
    }

    /** The GraphQL type of the nodes of this kind, the part of their ids before the colon. */
    public String type() {
        return type;
    }

    /** The kind of the node with this global id; null for nodes that have no names, such as meetings. */
    public static NodeKind ofId(String nodeId) {
        String type = nodeId.substring(0, Math.max(0, nodeId.indexOf(':')));
        for (NodeKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
