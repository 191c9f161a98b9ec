package org.majlis.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated {@code first}/{@code after} pair. Cursors are opaque to clients: base64url of the sort key of
 * the last row seen, so paging is by key (stable while data is imported, no OFFSET scans).
 */
public record PageRequest(int first, String afterKey) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String VERSION = "v1:";

    public static PageRequest of(Integer first, String after) throws InvalidArgumentException, LimitExceededException {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0) {
            throw new InvalidArgumentException("first must be 0 or more, not " + size);
        }
        if (size > MAX_SIZE) {
            throw new LimitExceededException("first may be at most " + MAX_SIZE + ", not " + size + ": page with after");
        }
        return new PageRequest(size, after == null ? null : decode(after));
    }

    public static String cursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) throws InvalidArgumentException {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(VERSION)) {
                return text.substring(VERSION.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as an unknown version
        }
        throw new InvalidArgumentException("'" + cursor + "' is not a cursor of this list: pass an endCursor or cursor as given");
    }
}
