package org.majlis.seed;

import java.util.List;

import org.majlis.seed.SeedFiles.DocumentFile;
import org.majlis.seed.SeedFiles.EntitiesFile;

/** Every seed file of a run, read and bound; {@link SeedValidator} checks it as a whole. */
public record SeedSet(List<Entities> entities, List<Doc> documents, String fingerprint) {

    /** An entities file and the tree it was bound from, for error locations. */
    public record Entities(YamlTree tree, EntitiesFile file) {
    }

    /** A document: its metadata and claims, its verbatim text and where each came from. */
    public record Doc(String slug, YamlTree tree, DocumentFile file, String text, String textFile) {
    }
}
