package org.majlis.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.majlis.events.GraphChanged;
import org.majlis.events.SeedsImported;

/**
 * What an export's validators are made of: the data only changes at an import, so an export is the same bytes from
 * one import to the next for the same request. Its ETag is a digest of the imported set's fingerprint, the time of
 * the import (so that a new build, which starts with a new import, never answers 304 for bytes it writes
 * differently), the changes analysts committed since, the media type and the request's address (path, query and the
 * origin its absolute URLs are built from); its Last-Modified is the time of the import or of the last change, to the
 * second as HTTP dates are.
 */
@ApplicationScoped
class ExportValidators {

    /** The import the exports are made from, and how many changes analysts committed since. */
    record Imported(String fingerprint, Instant at, long changes) {

        /** A strong ETag for one representation: the same request answered from the same import. */
        String etag(String contentType, String address) {
            MessageDigest digest = sha256();
            for (String part : new String[] { fingerprint, at.toString(), Long.toString(changes), contentType, address }) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()) + "\"";
        }
    }

    private volatile Imported last;

    void imported(@Observes SeedsImported imported) {
        last = new Imported(imported.fingerprint(), Instant.now().truncatedTo(ChronoUnit.SECONDS), 0);
    }

    /** A committed change: the same request now has other bytes, and a new ETag (two changes in a second too). */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphChanged changed) {
        Imported before = last;
        if (before != null) {
            last = new Imported(before.fingerprint(), Instant.now().truncatedTo(ChronoUnit.SECONDS), before.changes() + 1);
        }
    }

    /** The last import, or null before the first (the exports then carry no validators). */
    Imported last() {
        return last;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
