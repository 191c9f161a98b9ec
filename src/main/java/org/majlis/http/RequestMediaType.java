package org.majlis.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check of a POST's {@code Content-Type}, read as RFC 9110 writes it: {@code type/subtype} followed by
 * {@code ; name=value} parameters, a value a token or a quoted string. Content-Type is a single value, but a client
 * that sets it twice sends both, comma-joined in one field line or in two: Chromium's {@code fetch} does, for
 * GraphiQL, whose page script and fetcher each set {@code application/json}, so it sends
 * {@code application/json, application/json}. The header is read as that list; every member must be
 * {@code application/json} in UTF-8, so the body has one meaning whichever member a reader would take.
 */
final class RequestMediaType {

    static final String JSON = "application/json";

    private RequestMediaType() {
    }

    /** Throws a 415 refusal unless the request's Content-Type field lines (in order) name only UTF-8 JSON. */
    static void requireJson(List<String> fieldLines) {
        List<String> members = new ArrayList<>();
        for (String line : fieldLines) {
            members.addAll(splitOutsideQuotes(line, ','));
        }
        members.removeIf(String::isBlank);
        if (members.isEmpty()) {
            throw Refusal.unsupportedMediaType("the request has no Content-Type: send application/json");
        }
        for (String member : members) {
            List<String> parts = splitOutsideQuotes(member, ';');
            if (!parts.get(0).trim().toLowerCase(Locale.ROOT).equals(JSON)) {
                throw Refusal.unsupportedMediaType("only application/json request bodies are accepted");
            }
            for (String parameter : parts.subList(1, parts.size())) {
                String[] nameAndValue = parameter.split("=", 2);
                if (nameAndValue[0].trim().equalsIgnoreCase("charset") && nameAndValue.length == 2
                        && !unquote(nameAndValue[1].trim()).equalsIgnoreCase("utf-8")) {
                    throw Refusal.unsupportedMediaType("only UTF-8 request bodies are accepted");
                }
            }
        }
    }

    /** Splits at each separator that is not inside a quoted string ({@code "…"}, with {@code \} escaping). */
    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
