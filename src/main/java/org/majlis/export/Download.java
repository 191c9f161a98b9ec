package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What an export answers, decided before the first byte is sent (so that an unknown document is still a coded
 * error): the media type, the file name a browser saves it under, and the body, written as it is read.
 */
record Download(String contentType, String fileName, Body body) {

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** RFC 6266: saved as a file (attachment) under its name; the names are ASCII, so no filename* is needed. */
    String disposition() {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
