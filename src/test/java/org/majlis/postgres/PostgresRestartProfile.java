package org.majlis.postgres;

/**
 * A second start on the database that {@link PostgresProfile} filled, without emptying it: a restart. Quarkus
 * runs test classes grouped by profile in the order of the profiles' names, so this one comes after.
 */
public class PostgresRestartProfile extends PostgresProfile {

    @Override
    boolean cleanAtStart() {
        return false;
    }
}
