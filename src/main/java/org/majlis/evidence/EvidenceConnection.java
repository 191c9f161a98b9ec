package org.majlis.evidence;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.majlis.graphql.Connection;
import org.majlis.graphql.Edge;
import org.majlis.graphql.PageRequest;

@Description("A page of quotes, by document and position in it.")
public class EvidenceConnection extends Connection<Evidence, EvidenceConnection.EvidenceEdge> {

    private EvidenceConnection(List<Evidence> rows, PageRequest page, LongSupplier count) {
        super(rows, page, EvidenceConnection::key, EvidenceEdge::new, count);
    }

    private EvidenceConnection(List<Evidence> whole) {
        super(whole, EvidenceConnection::key, EvidenceConnection::new);
    }

    /** Each parent's quotes, whole: a nested list, cut into pages by org.majlis.graphql.NestedPages. */
    public static List<EvidenceConnection> nested(List<List<Evidence>> groups) {
        return groups.stream().map(EvidenceConnection::new).toList();
    }

    private static String key(Evidence evidence) {
        return evidence.documentSlug + "|" + String.format("%010d|%010d", evidence.startOffset, evidence.endOffset);
    }

    @Description("A quote in a page, with its cursor.")
    public static class EvidenceEdge extends Edge<Evidence> {
        EvidenceEdge(String cursor, Evidence node) {
            super(cursor, node);
        }
    }
}
