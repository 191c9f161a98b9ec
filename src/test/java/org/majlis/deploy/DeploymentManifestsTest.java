package org.majlis.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The files in deploy/ against what the service really serves and reads: every probe and health check asks a
 * path the running service answers UP, every port is the one it listens on, and every environment variable
 * given to it is one it reads at run time, judged from the code (@ConfigMapping interfaces) and from Quarkus'
 * own configuration model, shipped in each extension (a build-time property set at run time is an error too).
 */
@QuarkusTest
class DeploymentManifestsTest {

    static final Path DEPLOY = Path.of("deploy");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEALTH_PATH = Pattern.compile("/q/health/?[a-z]*");
    /**
     * The port of an HTTP health check: http://host:PORT/q/health or bash's /dev/tcp/host/PORT, where PORT may be
     * ${QUARKUS_HTTP_PORT:-DEFAULT} (the check follows the configured port; DEFAULT is the one checked here).
     */
    private static final Pattern HEALTH_PORT = Pattern.compile(
            ":(?:\\$\\{QUARKUS_HTTP_PORT:-)?(\\d+)\\}?/q/health|/dev/tcp/[\\w.]+/(?:\\$\\{QUARKUS_HTTP_PORT:-)?(\\d+)");
    /** Read by the JVM image's entrypoint, not by the service. */
    private static final String IMAGE_JAVA_OPTS = "JAVA_OPTS";

    @Test
    void everyProbeAndHealthCheckAsksAPathTheServiceAnswersUp() throws IOException {
        Map<String, String> paths = new LinkedHashMap<>(); // path -> the first file that asks it
        for (Container container : containers()) {
            if (container.isPatch()) {
                continue;
            }
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                paths.putIfAbsent(container.probePath(probe), container.where() + " " + probe);
            }
        }
        for (Path file : dockerfilesAndCompose()) {
            Matcher health = HEALTH_PATH.matcher(Files.readString(file));
            assertTrue(health.find(), file + " has no health check");
            do {
                paths.putIfAbsent(health.group(), file.toString());
            } while (health.find());
        }
        assertTrue(paths.keySet().containsAll(Set.of("/q/health/started", "/q/health/ready", "/q/health/live")), paths.toString());
        paths.forEach((path, where) -> assertEquals("UP", given().when().get(path).then().statusCode(200).extract()
                .path("status"), where + " asks " + path));
    }

    @Test
    void everyPortIsTheOneTheServiceListensOn() throws IOException {
        int port = productionPort();
        for (Container container : containers()) {
            for (JsonNode declared : container.spec().path("ports")) {
                assertEquals(port, declared.path("containerPort").asInt(), container.where());
            }
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                if (!container.spec().path(probe).isMissingNode()) {
                    assertEquals(port, container.probePort(probe), container.where() + " " + probe);
                }
            }
            JsonNode scrape = container.pod().path("metadata").path("annotations").path("prometheus.io/port");
            if (!scrape.isMissingNode()) {
                assertEquals(port, scrape.asInt(), container.where() + " prometheus.io/port");
            }
        }
        for (JsonNode service : kubernetes("Service")) {
            for (JsonNode servicePort : service.path("spec").path("ports")) {
                assertEquals(port, servicePort.path("targetPort").asInt(), "Service targetPort");
            }
        }
        for (Map.Entry<String, JsonNode> service : majlisComposeServices().entrySet()) {
            for (JsonNode mapping : service.getValue().path("ports")) {
                assertTrue(mapping.asText().endsWith(":" + port), "compose " + service.getKey() + " maps " + mapping.asText());
            }
        }
        for (Path dockerfile : dockerfiles()) {
            assertTrue(Files.readString(dockerfile).contains("\nEXPOSE " + port + "\n"), dockerfile + " does not expose " + port);
        }
        for (Path file : dockerfilesAndCompose()) {
            Matcher checked = HEALTH_PORT.matcher(withHealthScript(Files.readString(file)));
            assertTrue(checked.find(), file + " names no port in its health check");
            do {
                assertEquals(port, Integer.parseInt(checked.group(1) != null ? checked.group(1) : checked.group(2)),
                        file + " checks health on another port");
            } while (checked.find());
        }
    }

    @Test
    void everyEnvironmentVariableIsOneTheServiceReadsAtRunTime() throws IOException {
        Map<String, String> given = new LinkedHashMap<>();
        for (Container container : containers()) {
            container.spec().path("env").forEach(env -> given.put(env.path("name").asText(), container.where()));
        }
        for (JsonNode configMap : kubernetes("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(name -> given.put(name, "ConfigMap"));
        }
        majlisComposeServices().forEach((name, service) -> service.path("environment").fieldNames()
                .forEachRemaining(env -> given.put(env, "compose " + name)));
        assertFalse(given.isEmpty());

        Set<String> ours = majlisVariables();
        Map<Pattern, String> quarkus = quarkusVariables();
        List<String> wrong = new ArrayList<>();
        given.forEach((name, where) -> {
            if (name.equals(IMAGE_JAVA_OPTS)) {
                return;
            }
            if (name.startsWith("MAJLIS_")) {
                if (!ours.contains(name)) {
                    wrong.add(where + ": " + name + " is not a setting of the service; it reads " + ours);
                }
                return;
            }
            String phase = phaseOf(quarkus, name);
            if (phase == null) {
                wrong.add(where + ": " + name + " is no Quarkus setting of this application");
            } else if (!phase.equals("RUN_TIME")) {
                wrong.add(where + ": " + name + " is fixed at build time (" + phase + "); setting it at run time does nothing");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRecognisersRejectWhatTheServiceDoesNotRead() throws IOException {
        assertTrue(majlisVariables().contains("MAJLIS_SEEDS_EXTERNAL"), majlisVariables().toString());
        Map<Pattern, String> quarkus = quarkusVariables();
        assertEquals("RUN_TIME", phaseOf(quarkus, "QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("RUN_TIME", phaseOf(quarkus, "QUARKUS_LOG_CATEGORY__ORG_MAJLIS__LEVEL"));
        assertEquals("BUILD_AND_RUN_TIME_FIXED", phaseOf(quarkus, "QUARKUS_DATASOURCE_DB_KIND"));
        assertEquals(null, phaseOf(quarkus, "QUARKUS_DATASOURCE_JDBC_URI"));
    }

    /**
     * The port of the packaged service: application.properties' quarkus.http.port (in %prod or for all
     * profiles) or else Quarkus' default from its configuration model. Tests run on another, random port.
     */
    private static int productionPort() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String configured = properties.getProperty("%prod.quarkus.http.port", properties.getProperty("quarkus.http.port"));
        if (configured != null) {
            return Integer.parseInt(configured.trim());
        }
        List<String> defaults = new ArrayList<>();
        for (JsonNode model : quarkusModels()) {
            model.findParents("path").stream()
                    .filter(item -> item.path("path").path("property").asText().equals("quarkus.http.port"))
                    .forEach(item -> defaults.add(item.path("defaultValue").asText()));
        }
        assertEquals(1, defaults.size(), "quarkus.http.port in Quarkus' configuration model: " + defaults);
        return Integer.parseInt(defaults.get(0));
    }

    /** One container of a Deployment, or of a patch to one. */
    record Container(String where, JsonNode pod, JsonNode spec) {

        boolean isPatch() {
            return where.contains("patch");
        }

        /**
         * The path a probe asks: an httpGet's, or an exec's that asks it over bash's /dev/tcp (podman kube play runs
         * exec probes as they are, but turns an httpGet into curl, which the images lack).
         */
        String probePath(String probe) {
            JsonNode spec = this.spec.path(probe);
            if (spec.has("httpGet")) {
                return spec.path("httpGet").path("path").asText();
            }
            Matcher path = HEALTH_PATH.matcher(execCommand(probe));
            assertTrue(path.find(), where + " " + probe + " asks no /q/health path");
            return path.group();
        }

        int probePort(String probe) {
            JsonNode spec = this.spec.path(probe);
            if (spec.has("httpGet")) {
                return resolvePort(spec.path("httpGet").path("port"));
            }
            Matcher port = HEALTH_PORT.matcher(withHealthScript(execCommand(probe)));
            assertTrue(port.find(), where + " " + probe + " names no port");
            return Integer.parseInt(port.group(1) != null ? port.group(1) : port.group(2));
        }

        private String execCommand(String probe) {
            JsonNode command = spec.path(probe).path("exec").path("command");
            assertTrue(command.isArray() && !command.isEmpty(), where + " has no " + probe + ".httpGet or .exec");
            List<String> words = new ArrayList<>();
            command.forEach(word -> words.add(word.asText()));
            assertFalse(words.contains("curl"), where + " " + probe + " runs curl, which the images lack");
            return String.join(" ", words);
        }

        int resolvePort(JsonNode port) {
            if (port.isInt()) {
                return port.asInt();
            }
            for (JsonNode declared : spec.path("ports")) {
                if (declared.path("name").asText().equals(port.asText())) {
                    return declared.path("containerPort").asInt();
                }
            }
            throw new AssertionError(where + ": no port named " + port.asText());
        }
    }

    /** A health check that runs the images' deploy/majlis-health asks the port that script names. */
    static String withHealthScript(String text) {
        if (!text.contains("majlis-health")) {
            return text;
        }
        try {
            return text + "\n" + Files.readString(DEPLOY.resolve("majlis-health"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Container> containers() throws IOException {
        List<Container> containers = new ArrayList<>();
        for (Map.Entry<Path, List<JsonNode>> file : kubernetesFiles().entrySet()) {
            for (JsonNode doc : file.getValue()) {
                JsonNode pod = doc.path("spec").path("template");
                for (JsonNode container : pod.path("spec").path("containers")) {
                    containers.add(new Container(file.getKey().getFileName() + " " + container.path("name").asText(), pod,
                            container));
                }
            }
        }
        assertFalse(containers.isEmpty());
        return containers;
    }

    private static List<JsonNode> kubernetes(String kind) throws IOException {
        List<JsonNode> found = kubernetesFiles().values().stream().flatMap(List::stream)
                .filter(doc -> doc.path("kind").asText().equals(kind)).toList();
        assertFalse(found.isEmpty(), "no " + kind + " in deploy/kubernetes");
        return found;
    }

    private static Map<Path, List<JsonNode>> kubernetesFiles() throws IOException {
        Map<Path, List<JsonNode>> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (var docs = YAML.readerFor(JsonNode.class).<JsonNode> readValues(file.toFile())) {
                    files.put(file, docs.readAll());
                }
            }
        }
        return files;
    }

    /** The compose services that run Majlis (not the database beside it). */
    private static Map<String, JsonNode> majlisComposeServices() throws IOException {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        for (Path file : composeFiles()) {
            YAML.readTree(file.toFile()).path("services").fields().forEachRemaining(service -> {
                if (service.getValue().path("image").asText().startsWith("majlis:")) {
                    services.put(service.getKey(), service.getValue());
                }
            });
        }
        assertFalse(services.isEmpty());
        return services;
    }

    private static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> list = Files.list(DEPLOY)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().startsWith("Dockerfile.")).sorted().toList();
            assertEquals(2, files.size(), files.toString());
            return files;
        }
    }

    private static List<Path> dockerfilesAndCompose() throws IOException {
        List<Path> files = new ArrayList<>(dockerfiles());
        files.addAll(composeFiles());
        return files;
    }

    /** compose.yaml (H2) and compose.postgresql.yaml. */
    private static List<Path> composeFiles() {
        return List.of(DEPLOY.resolve("compose.yaml"), DEPLOY.resolve("compose.postgresql.yaml"));
    }

    /** The environment variables of the service's own settings, from its @ConfigMapping interfaces. */
    private static Set<String> majlisVariables() throws IOException {
        Path classes = Path.of("target/classes");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/majlis"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String className = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(className, false, DeploymentManifestsTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping != null) {
                    for (Method method : type.getDeclaredMethods()) {
                        WithName named = method.getAnnotation(WithName.class);
                        String property = named != null ? named.value() : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2");
                        names.add((mapping.prefix() + "." + property).toUpperCase().replaceAll("[^A-Z0-9]", "_"));
                    }
                }
            }
        }
        assertFalse(names.isEmpty(), "no @ConfigMapping under " + classes);
        return names;
    }

    /**
     * Every Quarkus setting of the extensions on the classpath, as an environment variable pattern (map keys
     * such as a log category are free) with its phase: RUN_TIME, BUILD_AND_RUN_TIME_FIXED or BUILD_TIME.
     */
    private static Map<Pattern, String> quarkusVariables() throws IOException {
        Map<Pattern, String> variables = new HashMap<>();
        for (JsonNode model : quarkusModels()) {
            collect(model, variables);
        }
        return variables;
    }

    /** The configuration model that each Quarkus extension ships in its runtime jar. */
    private static List<JsonNode> quarkusModels() throws IOException {
        List<URL> urls = Collections.list(DeploymentManifestsTest.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"));
        assertTrue(urls.size() > 10, "Quarkus' configuration models are not on the classpath: " + urls);
        List<JsonNode> models = new ArrayList<>();
        for (URL url : urls) {
            try (InputStream in = url.openStream()) {
                models.add(JSON.readTree(in));
            }
        }
        return models;
    }

    private static void collect(JsonNode node, Map<Pattern, String> variables) {
        if (node.has("phase") && node.has("path")) {
            List<JsonNode> paths = new ArrayList<>(List.of(node.path("path")));
            node.path("additionalPaths").forEach(paths::add);
            for (JsonNode path : paths) {
                String env = path.path("environmentVariable").asText();
                if (!env.isEmpty()) {
                    String[] parts = env.split("__", -1);
                    StringBuilder regex = new StringBuilder();
                    for (int i = 0; i < parts.length; i++) {
                        regex.append(i > 0 ? "__" : "").append(i % 2 == 1 ? "[A-Z0-9_]+?" : Pattern.quote(parts[i]));
                    }
                    variables.putIfAbsent(Pattern.compile(regex.toString()), node.path("phase").asText());
                }
            }
        }
        node.forEach(child -> collect(child, variables));
    }

    private static String phaseOf(Map<Pattern, String> variables, String name) {
        return variables.entrySet().stream().filter(e -> e.getKey().matcher(name).matches()).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
