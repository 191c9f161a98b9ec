package org.majlis.store;

/**
 * An entity whose rows an import of the seeds leaves as they are, because the seeds are not where they come from: the
 * drafts' suggestions and their decisions. (The import's own bookkeeping, the change log and retired ids are left out
 * by the importer by name.) Such a table refers to the graph by slug, with no foreign key, so that an import may
 * rewrite the graph's tables under it.
 */
public interface KeptAcrossImports {
}
