package org.majlis.export;

import java.io.IOException;
import java.io.OutputStream;

import org.majlis.document.Rights;

/**
 * What an export answers, decided before the first byte is sent (so that an unknown document is still a coded
 * error): the media type, the file name a browser saves it under, the licence it is published under (null for a
 * source's own text, which is not Majlis's to license), and the body, written as it is read.
 */
record Download(String contentType, String fileName, String licence, Body body) {

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Data that Majlis publishes: under {@link Rights#DATA_LICENCE}. */
    Download(String contentType, String fileName, Body body) {
        this(contentType, fileName, Rights.DATA_LICENCE, body);
    }

    /** RFC 6266: saved as a file (attachment) under its name; the names are ASCII, so no filename* is needed. */
    String disposition() {
        return "attachment; filename=\"" + fileName + "\"";
    }

    /** RFC 8288's Link with RFC 4946's license relation, or null. */
    String licenceLink() {
        return licence == null ? null : "<" + licence + ">; rel=\"license\"";
    }
}
