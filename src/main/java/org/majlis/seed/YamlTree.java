package org.majlis.seed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.error.MarkedYAMLException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML file read into a Jackson tree that can say where each value and key stands in the file, so that
 * errors found later (by binding, Bean Validation or cross-file checks) can name a line and column. Jackson's
 * own tree forgets locations, hence this small reader over the streaming parser; it also refuses duplicate
 * keys, which YAML parsers otherwise let the last one win, and aliases, which Jackson does not expand (so that an
 * alias bomb cannot grow either).
 *
 * <p>The locations are found only when an error needs one, by reading the file a second time: keeping one for
 * every key and value of every file (a pointer, a location and a map entry each) was most of what the reader kept
 * alive at 10,000 documents, which the garbage collector copied again and again, for errors that most imports
 * never have.
 */
public final class YamlTree {

    /** Opens a new parser over the file's bytes, for the second reading. */
    @FunctionalInterface
    interface Source {
        JsonParser open() throws IOException;
    }

    private final String file;
    private final JsonNode root;
    private final Source source;
    private Map<String, JsonLocation> locations; // read on the first error; one thread at a time uses a tree

    private YamlTree(String file, JsonNode root, Source source) {
        this.file = file;
        this.root = root;
        this.source = source;
    }

    /** Reads one document; adds an error and returns null when the YAML itself is broken. */
    static YamlTree read(String file, Source source, List<SeedError> errors) throws IOException {
        JsonParser parser = source.open();
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new SeedError(file, 1, 1, "the file is empty"));
                return null;
            }
            Builder builder = new Builder(file, parser, source, null, errors);
            JsonNode root = builder.value("");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                errors.add(new SeedError(file, at.getLineNr(), at.getColumnNr(), "a seed file holds one YAML document; remove the second"));
                return null;
            }
            return builder.failed ? null : new YamlTree(file, root, source);
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                        : " (" + yaml.getContext() + " at line " + (yaml.getContextMark().getLine() + 1) + ")";
                errors.add(new SeedError(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
                        "not valid YAML: " + yaml.getProblem() + context));
                return null;
            }
            JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation()
                    : parser.currentLocation();
            errors.add(new SeedError(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1),
                    "not valid YAML: " + firstLine(e)));
            return null;
        }
    }

    /**
     * Where every value (at its pointer) and key (at its pointer and "#key") stands, from a second reading of the
     * file; duplicate keys are located at their first occurrence. Its errors were reported by the first reading:
     * a file broken further down than a duplicate key is located up to where it breaks, past the first occurrence.
     */
    private static Map<String, JsonLocation> locate(String file, Source source) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = source.open()) {
            parser.nextToken();
            new Builder(file, parser, source, locations, new ArrayList<>()).value("");
        } catch (IOException | RuntimeException e) {
            // reported by the first reading; what was located so far is what the caller needs
        }
        return locations;
    }

    private Map<String, JsonLocation> locations() {
        if (locations == null) {
            locations = locate(file, source);
        }
        return locations;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** An error at a JSON pointer into this file, placed at the nearest value that exists. */
    public SeedError error(String pointer, String message) {
        Map<String, JsonLocation> locations = locations();
        String at = pointer;
        while (!locations.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        JsonLocation location = locations.get(at);
        return location == null ? new SeedError(file, 1, 1, message)
                : new SeedError(file, location.getLineNr(), location.getColumnNr(), message);
    }

    /** An error at the key (not the value) named by a pointer, e.g. an unknown key. */
    public SeedError errorAtKey(String pointer, String message) {
        return locations().containsKey(pointer + "#key") ? error(pointer + "#key", message) : error(pointer, message);
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).trim();
    }

    /** Builds the tree; locates every key and value too when given a map for them (the second reading). */
    private static final class Builder {
        private final String file;
        private final JsonParser parser;
        private final Source source;
        private final Map<String, JsonLocation> locations;
        private final List<SeedError> errors;
        private boolean failed;

        Builder(String file, JsonParser parser, Source source, Map<String, JsonLocation> locations, List<SeedError> errors) {
            this.file = file;
            this.parser = parser;
            this.source = source;
            this.locations = locations;
            this.errors = errors;
        }

        JsonNode value(String pointer) throws IOException {
            if (locations != null) {
                locations.put(pointer, parser.currentTokenLocation());
            }
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                // Jackson would read an alias as its name, as if it were text: say what is wrong instead
                JsonLocation at = parser.currentTokenLocation();
                errors.add(new SeedError(file, at.getLineNr(), at.getColumnNr(), "YAML aliases (*" + parser.getText()
                        + ") are not supported: write the value out"));
                failed = true;
                parser.skipChildren();
                return nodes.nullNode();
            }
            switch (parser.currentToken()) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        String keyPointer = child(pointer, key);
                        if (object.has(key)) {
                            JsonLocation keyAt = parser.currentTokenLocation();
                            JsonLocation first = (locations != null ? locations : locate(file, source)).get(keyPointer + "#key");
                            errors.add(new SeedError(file, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key '" + key
                                    + "': it is already set at line " + first.getLineNr() + "; keep one"));
                            failed = true;
                            parser.nextToken();
                            parser.skipChildren();
                            continue;
                        }
                        if (locations != null) {
                            locations.put(keyPointer + "#key", parser.currentTokenLocation());
                        }
                        parser.nextToken();
                        object.set(key, value(keyPointer));
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(child(pointer, index++)));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    throw new IOException("unexpected " + parser.currentToken());
            }
        }
    }
}
