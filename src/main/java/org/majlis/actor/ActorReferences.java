package org.majlis.actor;

import java.util.List;
import java.util.Map;

/**
 * What names an actor in one feature's rows, for a merge: each feature whose claims name actors contributes one as a
 * CDI bean (as each contributes its NodeFinder), so that the merge reaches them all without depending on any.
 */
public interface ActorReferences {

    /**
     * Claims that could not be moved because the survivor already has one of the same id (both took part in one
     * meeting, both held one post in one document's telling), as messages naming both: the merge is refused.
     */
    List<String> clashes(String from, String into);

    /**
     * Makes every row that names {@code from} name {@code into}; a claim whose id was made of the actor's slug gets
     * the id its rule now makes. Answers the global ids so changed, old to new.
     */
    Map<String, String> move(String from, String into);
}
