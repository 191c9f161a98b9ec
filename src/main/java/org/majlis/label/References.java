package org.majlis.label;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * What names an actor or an organisation in one feature's rows, for a merge: each feature whose rows name them
 * contributes one as a CDI bean (as each contributes its NodeFinder), so that a merge reaches them all without
 * depending on any. A feature answers for the types it knows, and nothing for the others; most refuse no merge.
 */
public interface References {

    /**
     * Why the merge of {@code from} into {@code into} (both of {@code type}) cannot be made here, as messages naming
     * the claims concerned: two claims would become one (both took part in one meeting, both held one post in one
     * document's telling). Empty when it can.
     */
    default List<String> clashes(String type, String from, String into) {
        return List.of();
    }

    /**
     * Makes every row here that names {@code from} name {@code into}; a claim whose id was made of the slug gets the
     * id its rule now makes. Answers the global ids so changed, old to new.
     */
    Map<String, String> move(String type, String from, String into);

    /**
     * Makes each of these columns ({@code table.column}) that names {@code from} name {@code into}, in SQL: the rows'
     * entities are flushed first and forgotten after, so that nothing read before the update is written over it.
     */
    static void repoint(EntityManager em, String from, String into, String... columns) {
        em.flush();
        for (String reference : columns) {
            String table = reference.substring(0, reference.indexOf('.'));
            String column = reference.substring(reference.indexOf('.') + 1);
            em.createNativeQuery("update " + table + " set " + column + " = ?1 where " + column + " = ?2")
                    .setParameter(1, into).setParameter(2, from).executeUpdate();
        }
        em.clear();
    }
}
