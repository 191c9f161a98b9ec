package org.majlis.seed;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.majlis.seed.SeedFiles.DocumentFile;
import org.majlis.seed.SeedFiles.EntitiesFile;
import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads seed folders: finds the files, parses YAML with Jackson into located trees, binds them to
 * {@link SeedFiles} records and checks their shape with Bean Validation. Every problem becomes a
 * {@link SeedError}; reading goes on after one so that a run reports all of them.
 */
@ApplicationScoped
public class SeedReader {

    /**
     * Nesting deeper than any seed needs is refused by the parser. Size is bounded by majlis.seeds.max-file-bytes,
     * checked before a file is read and again, in code points, by the parser. Aliases are refused by
     * {@link YamlTree}: Jackson reads YAML as events and never expands one, so SnakeYAML's alias limit (which only
     * its composer applies) would not be reached anyway.
     */
    static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper;
    private final YAMLFactory yaml;
    private final Validator validator;
    private final long maxFileBytes;

    /**
     * The seed records are no entities, yet the validator Quarkus configures asks JPA, for every property it
     * cascades into, whether it is loaded: a fifth of Bean Validation's time at 10,000 documents
     * (docs/benchmarks.md). Everything in a record is there, so every property is reachable.
     */
    @Inject
    public SeedReader(ValidatorFactory validators, SeedConfig config) {
        this(validatorOf(validators), config.maxFileBytes());
    }

    /**
     * The factory's validator, with every property of a seed record reachable. (Hibernate Validator's own resolver
     * asks JPA, which in a native image outside Quarkus's start, as {@code check} runs, fails.)
     */
    static Validator validatorOf(ValidatorFactory validators) {
        return validators.usingContext().traversableResolver(new EverythingReachable()).getValidator();
    }

    /** For the seed check, which runs without CDI ({@link SeedCheck}): a validator of {@link #validatorOf}. */
    SeedReader(Validator validator, long maxFileBytes) {
        this.validator = validator;
        this.maxFileBytes = maxFileBytes;
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setCodePointLimit(Math.toIntExact(Math.min(Integer.MAX_VALUE, maxFileBytes)));
        this.yaml = YAMLFactory.builder().loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule().addDeserializer(String.class, new TextOnly()))
                .build();
    }

    /**
     * Reads and validates without writing: what the import checks, in the order its errors are listed in.
     *
     * @throws SeedException listing every error, when there is any
     */
    public SeedSet check(List<SeedSource> sources) {
        List<SeedError> errors = new ArrayList<>();
        SeedSet seeds = read(sources, errors);
        SeedValidator.validate(seeds, errors);
        if (!errors.isEmpty()) {
            errors.sort(null);
            throw new SeedException(errors);
        }
        return seeds;
    }

    /** Each source and how many seed files it holds, for a log line: "the bundled seeds/ (3 files), /data (2 files)". */
    static String describe(List<SeedSource> sources) {
        return sources.stream().map(source -> {
            long files = source.files().stream().filter(path -> Kind.of(path) != Kind.IGNORED).count();
            return source.location() + " (" + files + (files == 1 ? " file)" : " files)");
        }).collect(Collectors.joining(", "));
    }

    /**
     * Reads every source; the seed set is complete only when {@code errors} stays empty. Files are listed, read and
     * fingerprinted in order; parsing, binding and Bean Validation, three quarters of the reading time, run on all
     * cores; results and errors are then taken in file order, so the outcome is the same as reading one by one.
     */
    public SeedSet read(List<SeedSource> sources, List<SeedError> errors) {
        MessageDigest digest = sha256();
        List<FileRead> files = new ArrayList<>();
        Map<String, String> seenSlugs = new HashMap<>();
        ExecutorService pool = parsers();
        try {
            for (SeedSource source : sources) {
                for (String path : source.files()) {
                    FileRead file = new FileRead(source.name(path), Kind.of(path), baseName(path));
                    if (file.kind != Kind.IGNORED) {
                        files.add(file);
                        start(source, path, file, seenSlugs, digest, pool);
                    }
                }
            }
            return collect(files, errors, digest);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The fingerprint that {@link #read} gives the same sources, from the files' bytes alone: nothing is parsed or
     * checked, so that a start on the seeds the database already holds spends no time on them. Empty when a file
     * would be an error before it is parsed (not a seed file, too large, unreadable): {@link #check} reports it.
     */
    public Optional<String> fingerprint(List<SeedSource> sources) {
        MessageDigest digest = sha256();
        for (SeedSource source : sources) {
            for (String path : source.files()) {
                Kind kind = Kind.of(path);
                if (kind == Kind.UNKNOWN || (kind != Kind.IGNORED && source.size(path) > maxFileBytes)) {
                    return Optional.empty();
                }
                if (kind != Kind.IGNORED) {
                    byte[] bytes = readAll(source, path, path, new ArrayList<>());
                    if (bytes == null) {
                        return Optional.empty();
                    }
                    fingerprint(digest, path, bytes);
                }
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static void fingerprint(MessageDigest digest, String path, byte[] bytes) {
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    /** What reading one file found: its own errors first, then those of its parsing, which may still run. */
    private static final class FileRead {
        final String name;
        final Kind kind;
        final String slug;
        final List<SeedError> errors = new ArrayList<>();
        Future<Parsed> parsed;

        FileRead(String name, Kind kind, String slug) {
            this.name = name;
            this.kind = kind;
            this.slug = kind == Kind.ENTITIES ? null : slug;
        }
    }

    private record Parsed(YamlTree tree, Object file, String text, List<SeedError> errors) {
    }

    private void start(SeedSource source, String path, FileRead file, Map<String, String> seenSlugs, MessageDigest digest,
            ExecutorService pool) {
        if (file.kind == Kind.UNKNOWN) {
            file.errors.add(new SeedError(file.name, 1, 1, "not a seed file: entities go in entities/*.yaml, "
                    + "documents in documents/<slug>.yaml beside documents/<slug>.txt"));
            return;
        }
        if (source.size(path) > maxFileBytes) {
            file.errors.add(new SeedError(file.name, 1, 1, "the file is larger than " + maxFileBytes
                    + " bytes (majlis.seeds.max-file-bytes): split it"));
            return;
        }
        byte[] bytes = readAll(source, path, file.name, file.errors);
        if (bytes == null) {
            return;
        }
        fingerprint(digest, path, bytes);
        if (file.kind == Kind.DOCUMENT) {
            String earlier = seenSlugs.putIfAbsent(file.slug, file.name);
            if (earlier != null) {
                file.errors.add(new SeedError(file.name, 1, 1, "duplicate document '" + file.slug + "': also " + earlier));
                return;
            }
        }
        file.parsed = pool.submit(() -> parse(file, bytes));
    }

    private Parsed parse(FileRead file, byte[] bytes) {
        List<SeedError> found = new ArrayList<>();
        if (file.kind == Kind.TEXT) {
            return new Parsed(null, null, decode(file.name, bytes, found), found);
        }
        YamlTree tree = parse(file.name, bytes, found);
        Class<?> type = file.kind == Kind.ENTITIES ? EntitiesFile.class : DocumentFile.class;
        return new Parsed(tree, tree == null ? null : bind(tree, type, found), null, found);
    }

    private SeedSet collect(List<FileRead> files, List<SeedError> errors, MessageDigest digest) {
        List<SeedSet.Entities> entities = new ArrayList<>();
        Map<String, YamlTree> docTrees = new HashMap<>();
        Map<String, DocumentFile> docFiles = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, String> textFiles = new LinkedHashMap<>();
        Set<String> documentSlugs = new LinkedHashSet<>();
        boolean entitiesComplete = true;
        for (FileRead file : files) {
            errors.addAll(file.errors);
            if (file.parsed == null) {
                continue;
            }
            Parsed parsed = result(file.parsed);
            errors.addAll(parsed.errors);
            switch (file.kind) {
                case ENTITIES -> {
                    if (parsed.file instanceof EntitiesFile entitiesFile) {
                        entities.add(new SeedSet.Entities(parsed.tree, entitiesFile));
                    } else {
                        entitiesComplete = false;
                    }
                }
                case DOCUMENT -> {
                    documentSlugs.add(file.slug);
                    docTrees.put(file.slug, parsed.tree);
                    if (parsed.file instanceof DocumentFile documentFile) {
                        docFiles.put(file.slug, documentFile);
                    }
                }
                case TEXT -> {
                    textFiles.put(file.slug, file.name);
                    if (parsed.text != null) {
                        texts.put(file.slug, parsed.text);
                    }
                }
                default -> throw new IllegalStateException(file.kind.name());
            }
        }
        textFiles.forEach((slug, name) -> {
            if (!documentSlugs.contains(slug)) {
                errors.add(new SeedError(name, 1, 1, "a text without metadata: add " + baseName(name) + ".yaml beside it"));
            }
        });
        List<SeedSet.Doc> documents = new ArrayList<>();
        for (String slug : documentSlugs) {
            YamlTree tree = docTrees.get(slug);
            if (!textFiles.containsKey(slug) && tree != null) {
                errors.add(new SeedError(tree.file(), 1, 1, "the document's text is missing: put it verbatim in "
                        + slug + ".txt beside this file"));
            } else if (docFiles.containsKey(slug) && texts.containsKey(slug)) {
                documents.add(new SeedSet.Doc(slug, tree, docFiles.get(slug), texts.get(slug), textFiles.get(slug)));
            }
        }
        return new SeedSet(entities, documents, HexFormat.of().formatHex(digest.digest()), entitiesComplete);
    }

    /** One parser per core; daemon threads that load classes as the caller does. */
    private static ExecutorService parsers() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "seed-reader");
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    private static Parsed result(Future<Parsed> parsed) {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the seeds", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private YamlTree parse(String name, byte[] bytes, List<SeedError> errors) {
        try {
            return YamlTree.read(name, () -> yaml.createParser(bytes), errors);
        } catch (IOException e) {
            errors.add(new SeedError(name, 1, 1, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Binds a tree; a value comes back even when some keys or values were refused (they are left null), so that
     * the cross-file checks can still report the rest of the file's problems in the same run.
     */
    private <T> T bind(YamlTree tree, Class<T> type, List<SeedError> errors) {
        if (!tree.root().isObject()) {
            errors.add(tree.error("", "expected a mapping of keys at the top of the file"));
            return null;
        }
        List<SeedError> found = new ArrayList<>();
        Problems problems = new Problems(tree, found);
        T value;
        try {
            value = mapper.readerFor(type).withHandler(problems).readValue(tree.root());
        } catch (JsonMappingException e) {
            found.add(tree.error(pointer(e.getPath()), cleanMessage(e)));
            value = null;
        } catch (IOException e) {
            found.add(tree.error("", cleanMessage(e)));
            value = null;
        }
        if (value != null) {
            for (ConstraintViolation<T> violation : validator.validate(value)) {
                String pointer = pointer(violation.getPropertyPath());
                if (!problems.pointers.contains(pointer)) {
                    found.add(violation(tree, pointer, violation));
                }
            }
        }
        errors.addAll(found);
        return value;
    }

    private static SeedError violation(YamlTree tree, String pointer, ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean required = constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class;
        boolean absent = violation.getInvalidValue() == null;
        String key = lastKey(pointer);
        if (required && absent) {
            return tree.error(pointer, key.matches("\\d+") ? "an empty entry: remove it or fill it in"
                    : "missing required key '" + key + "'");
        }
        return tree.error(pointer, "'" + key + "' " + violation.getMessage());
    }

    private static String lastKey(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        String pointer = "";
        for (JsonMappingException.Reference ref : path) {
            pointer = ref.getFieldName() != null ? YamlTree.child(pointer, ref.getFieldName())
                    : YamlTree.child(pointer, ref.getIndex());
        }
        return pointer;
    }

    private static String cleanMessage(Exception e) {
        String message = e instanceof JsonMappingException m ? m.getOriginalMessage() : e.getMessage();
        return message == null ? "cannot be read" : message.replaceAll("\\s*\\(class [^)]*\\)", "").lines().findFirst().orElse("");
    }

    private static byte[] readAll(SeedSource source, String path, String name, List<SeedError> errors) {
        try (InputStream in = source.open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            errors.add(new SeedError(name, 1, 1, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** Strict UTF-8: offsets are computed on the decoded text, so a mis-encoded file must not pass silently. */
    static String decode(String name, byte[] bytes, List<SeedError> errors) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            errors.add(new SeedError(name, 1, 1, "the text starts with a byte-order mark: save it as UTF-8 without BOM"));
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int at = firstInvalidByte(bytes);
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            errors.add(new SeedError(name, line, 1, "not UTF-8 (invalid byte at offset " + at + "): save the text as UTF-8"));
            return null;
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static String baseName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.indexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a seed file is, from where it lies. */
    enum Kind {
        ENTITIES, DOCUMENT, TEXT, IGNORED, UNKNOWN;

        static Kind of(String path) {
            if (path.endsWith(".md") || path.startsWith("schema/") || path.equals("index.txt") || path.contains("/.")
                    || path.startsWith(".")) {
                return IGNORED;
            }
            boolean yaml = path.endsWith(".yaml") || path.endsWith(".yml");
            if (path.startsWith("entities/") && yaml) {
                return ENTITIES;
            }
            if (path.startsWith("documents/") && yaml) {
                return DOCUMENT;
            }
            if (path.startsWith("documents/") && path.endsWith(".txt")) {
                return TEXT;
            }
            return UNKNOWN;
        }
    }

    /** A seed record holds every value it was bound with: nothing in it is lazy. */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty,
                ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty,
                ElementType type) {
            return true;
        }
    }

    /**
     * Text only from text: a number or true/false where text is expected goes to {@link Problems} like any other
     * unexpected value, so that it is reported in the seed's words and binding goes on, where Jackson's coercion
     * check would stop the file with its own message. (YAML reads an unquoted 2019 as a number, yes as true.)
     */
    private static final class TextOnly extends StdScalarDeserializer<String> {
        TextOnly() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }

    /** Turns Jackson's binding problems into seed errors and lets binding go on to find the rest. */
    private static final class Problems extends DeserializationProblemHandler {
        private final YamlTree tree;
        private final List<SeedError> errors;
        /** Where binding already failed, so that Bean Validation does not report the same value again. */
        final Set<String> pointers = new HashSet<>();

        Problems(YamlTree tree, List<SeedError> errors) {
            this.tree = tree;
            this.errors = errors;
        }

        private String here(JsonParser p) {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            pointers.add(pointer);
            return pointer;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            String pointer = here(p);
            if (!pointer.endsWith("/" + propertyName)) {
                pointer = YamlTree.child(pointer, propertyName);
            }
            var known = deserializer.getKnownPropertyNames();
            errors.add(tree.errorAtKey(pointer, "unknown key '" + propertyName + "'"
                    + (known == null || known.isEmpty() ? "" : " (expected one of: " + String.join(", ", sorted(known)) + ")")));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
            String expected = targetType.isEnum() ? "one of " + String.join(", ", enumNames(targetType)) : describe(targetType);
            errors.add(tree.error(here(ctxt.getParser()), "'" + value + "' is not " + expected));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
            errors.add(tree.error(here(ctxt.getParser()), "expected " + describe(targetType) + ", found the number " + value));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            String found = switch (t) {
                case START_ARRAY -> "a list";
                case START_OBJECT -> "a mapping";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NULL -> "nothing";
                default -> "text";
            };
            boolean quotable = targetType.getRawClass() == String.class && t.isScalarValue() && t != JsonToken.VALUE_NULL;
            errors.add(tree.error(here(p), "expected " + describe(targetType.getRawClass()) + ", found " + found
                    + (quotable ? ": put it in quotes" : "")));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator inst,
                JsonParser p, String msg) throws IOException {
            errors.add(tree.error(here(p), "expected " + describe(instClass) + ", found " + p.currentToken().asString()));
            p.skipChildren();
            return null;
        }

        private static List<String> sorted(Collection<Object> names) {
            return names.stream().map(String::valueOf).sorted().toList();
        }

        private static List<String> enumNames(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }

        private static String describe(Class<?> type) {
            if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
                return "a list";
            }
            if (type == String.class) {
                return "text";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type == Integer.class || type == int.class) {
                return "a whole number";
            }
            if (type == Double.class || type == double.class) {
                return "a number";
            }
            if (type.isEnum()) {
                return "one of " + String.join(", ", enumNames(type));
            }
            return "a mapping of keys";
        }
    }
}
