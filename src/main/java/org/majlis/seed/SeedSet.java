package org.majlis.seed;

import java.util.List;

import org.majlis.seed.SeedFiles.DocumentFile;
import org.majlis.seed.SeedFiles.EntitiesFile;

/**
 * Every seed file of a run that could be read and bound; {@link SeedValidator} checks it as a whole.
 * Files bound with errors are here too, with the refused values left null, so that one run reports all problems;
 * {@code entitiesComplete} is false when an entities file could not be parsed at all, so that references are not
 * all reported as unknown because of one broken file.
 */
public record SeedSet(List<Entities> entities, List<Doc> documents, String fingerprint, boolean entitiesComplete) {

    /** An entities file and the tree it was bound from, for error locations. */
    public record Entities(YamlTree tree, EntitiesFile file) {
    }

    /** A document: its metadata and claims, its verbatim text and where each came from. */
    public record Doc(String slug, YamlTree tree, DocumentFile file, String text, String textFile) {
    }

    /** How many claims the documents make: roles, meetings, participations, statements, presences, relationships. */
    public long claims() {
        long claims = 0;
        for (Doc doc : documents) {
            var file = doc.file();
            claims += size(file.roles()) + size(file.militaryPresences()) + size(file.relationships());
            if (file.meetings() != null) {
                for (var meeting : file.meetings()) {
                    claims += 1 + size(meeting.participants()) + size(meeting.statements());
                }
            }
        }
        return claims;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
