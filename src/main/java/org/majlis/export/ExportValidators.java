package org.majlis.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.majlis.events.SeedsImported;

/**
 * What an export's validators are made of: the data only changes at an import, so an export is the same bytes from
 * one import to the next for the same request. Its ETag is a digest of the imported set's fingerprint, the time of
 * the import (so that a new build, which starts with a new import, never answers 304 for bytes it writes
 * differently), the media type and the request's address (path, query and the origin its absolute URLs are built
 * from); its Last-Modified is the import's time, to the second as HTTP dates are.
 */
@ApplicationScoped
class ExportValidators {

    /** The import the exports are made from. */
    record Imported(String fingerprint, Instant at) {

        /** A strong ETag for one representation: the same request answered from the same import. */
        String etag(String contentType, String address) {
            MessageDigest digest = sha256();
            for (String part : new String[] { fingerprint, at.toString(), contentType, address }) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()) + "\"";
        }
    }

    private volatile Imported last;

    void imported(@Observes SeedsImported imported) {
        last = new Imported(imported.fingerprint(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
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
