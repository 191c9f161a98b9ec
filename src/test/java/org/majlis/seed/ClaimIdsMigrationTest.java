package org.majlis.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database that holds numbered claims (before issue 21) is migrated so that the next start imports the seeds
 * again: the rows with numbered ids go, and so does the fingerprint by which the importer skips a set it holds
 * (SeedWriter; SeedImportTest shows that without it the set is written again).
 */
class ClaimIdsMigrationTest {

    private static final String URL = "jdbc:h2:mem:claim-ids-migration;DB_CLOSE_DELAY=-1";

    @Test
    void anUpgradedDatabaseForgetsItsNumberedClaimsAndIsImportedAgain() throws SQLException {
        flyway("1.1").migrate();
        run("insert into actor (slug) values ('sergei-lavrov')",
                "insert into document (slug, title, publisher, published_on, language, text) "
                        + "values ('doc', 'A document', 'Test', date '2024-05-13', 'en', 'Lavrov met al-Lafi.')",
                "insert into role (id, actor, title_en, acting, is_current, status, document, ordinal) "
                        + "values (1, 'sergei-lavrov', 'Foreign Minister', false, true, 'REPORTED', 'doc', 0)",
                "insert into evidence (id, claim, document, quote, start_offset, end_offset, ordinal) "
                        + "values (1, 'Role:1', 'doc', 'Lavrov', 0, 6, 0)",
                "insert into seed_import (id, fingerprint, imported_at) values (1, 'the old set', current_timestamp)");

        flyway("latest").migrate();

        assertEquals(0, count("seed_import"), "no fingerprint: the next start imports the seeds");
        assertEquals(0, count("role") + count("evidence"), "no numbered claim is left to be served");
        run("insert into role (id, actor, title_en, acting, is_current, status, document, ordinal) values "
                + "('doc.sergei-lavrov', 'sergei-lavrov', 'Foreign Minister', false, true, 'REPORTED', 'doc', 0)",
                "insert into evidence (id, claim, document, quote, start_offset, end_offset, ordinal) values "
                        + "('Role:doc.sergei-lavrov@doc:0-6', 'Role:doc.sergei-lavrov', 'doc', 'Lavrov', 0, 6, 0)");
        assertEquals(1, count("role"), "a role takes an id made of what it is");
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                .target(target).load();
    }

    private static void run(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
