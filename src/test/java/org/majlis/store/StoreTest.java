package org.majlis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kind of database, from the URLs operators write (H2's forms: www.h2database.com/html/features.html#database_url). */
class StoreTest {

    @Test
    void onlyH2InMemoryIsADatabaseThatDoesNotLast() {
        assertEquals(Store.Kind.H2_MEMORY, Store.kindOf("h2", "jdbc:h2:mem:majlis;DB_CLOSE_DELAY=-1"));
        assertEquals(Store.Kind.H2_FILE, Store.kindOf("h2", "jdbc:h2:file:./majlis-data/majlis"));
        assertEquals(Store.Kind.H2_FILE, Store.kindOf("h2", "jdbc:h2:./majlis-data/majlis"));
        assertEquals(Store.Kind.H2_FILE, Store.kindOf("h2", "jdbc:h2:~/majlis"));
        assertEquals(Store.Kind.H2_SERVER, Store.kindOf("h2", "jdbc:h2:tcp://db:9092/majlis"));
        assertEquals(Store.Kind.POSTGRESQL, Store.kindOf("postgresql", "jdbc:postgresql://db:5432/majlis"));
    }
}
