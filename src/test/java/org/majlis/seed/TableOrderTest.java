package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.majlis.change.Change;
import org.majlis.document.Document;
import org.majlis.draft.Suggestion;
import org.majlis.evidence.Evidence;
import org.majlis.graphql.NodeAlias;
import org.majlis.meeting.Meeting;
import org.majlis.meeting.Participation;
import org.majlis.organisation.Organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The import's write and delete order follows from the migrations' foreign keys alone. */
@QuarkusTest
class TableOrderTest {

    @Inject
    EntityManager em;

    @Test
    void everyTableOfTheGraphHasARankAndTheImportsBookkeepingNone() {
        TableOrder order = read();
        assertEquals(SeedImportTest.TABLES.size(), order.deleteOrder().size(), "one entity per table of the graph");
        assertThrows(IllegalArgumentException.class, () -> order.rank(SeedImport.class));
        assertThrows(IllegalArgumentException.class, () -> order.rank(Change.class));
        assertThrows(IllegalArgumentException.class, () -> order.rank(NodeAlias.class));
        assertThrows(IllegalArgumentException.class, () -> order.rank(Suggestion.class), "suggestions outlive an import");
    }

    @Test
    void aRowRanksAboveEveryTableItRefersTo() {
        TableOrder order = read();
        assertEquals(0, order.rank(Organisation.class), "an organisation refers only to its own table");
        assertTrue(order.rank(Document.class) > order.rank(Organisation.class), "a document names its publisher");
        assertTrue(order.rank(Meeting.class) > order.rank(Document.class));
        assertTrue(order.rank(Participation.class) > order.rank(Meeting.class));
        assertTrue(order.rank(Evidence.class) > order.rank(Document.class));
    }

    @Test
    void rowsAreDeletedBeforeTheRowsTheyReferTo() {
        List<String> deletes = read().deleteOrder();
        assertTrue(deletes.indexOf("Participation") < deletes.indexOf("Meeting"), deletes::toString);
        assertTrue(deletes.indexOf("Meeting") < deletes.indexOf("Document"), deletes::toString);
        assertTrue(deletes.indexOf("Document") < deletes.indexOf("Organisation"), deletes::toString);
    }

    @Test
    void aColumnReferringToItsOwnTableIsClearedFirstInsteadOfRanked() {
        assertEquals(List.of(new TableOrder.SelfReference("organisation", "parent")), read().selfReferences());
    }

    @Test
    void aCycleAcrossTablesIsRefusedWithItsPath() {
        var refused = assertThrows(IllegalStateException.class, () -> TableOrder.ranks(new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")))));
        assertEquals("the foreign keys of a -> b -> c -> a form a cycle: no order of writes satisfies them",
                refused.getMessage());
    }

    private TableOrder read() {
        return QuarkusTransaction.requiringNew().call(() -> TableOrder.read(em, SeedWriter.notRewritten(em)));
    }
}
