package org.majlis.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of seed files: the bundled one on the classpath, or an external one on disk. Paths are relative,
 * with '/' separators ("documents/000_x.yaml"); {@link #name} prefixes them for error messages.
 */
public interface SeedSource {

    /** How errors name a file of this source. */
    String name(String path);

    /** Where the source is, for the log: "seeds/ (bundled)" or the folder's path. */
    String location();

    /** Every file, relative, sorted. */
    List<String> files();

    /** The size of a file in bytes, so that oversized files are refused before they are read. */
    long size(String path);

    InputStream open(String path) throws IOException;

    /**
     * The seeds bundled in the application. The build writes {@code seeds/index.txt} listing them, because a
     * classpath (a jar, a native image) cannot be listed portably.
     */
    static SeedSource bundled() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> files = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream("seeds/index.txt")) {
            if (index == null) {
                throw new IllegalStateException("seeds/index.txt is not on the classpath: build with ./mvnw package");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    files.add(line.strip().replace('\\', '/'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return new SeedSource() {
            @Override
            public String name(String path) {
                return "seeds/" + path;
            }

            @Override
            public String location() {
                return "the bundled seeds/";
            }

            @Override
            public List<String> files() {
                return files;
            }

            @Override
            public long size(String path) {
                return 0; // bundled seeds were checked when they were built
            }

            @Override
            public InputStream open(String path) throws IOException {
                InputStream in = loader.getResourceAsStream("seeds/" + path);
                if (in == null) {
                    throw new IOException("seeds/" + path + " is listed in seeds/index.txt but not bundled");
                }
                return in;
            }
        };
    }

    /** A folder on disk, walked recursively. */
    static SeedSource folder(Path root) {
        return folder(root, Set.of());
    }

    /** A folder on disk, walked recursively, but for these files (the text being drafted, whose seed file is to come). */
    static SeedSource folder(Path root, Set<Path> leftOut) {
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !leftOut.contains(p.toAbsolutePath().normalize()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed folder " + root, e);
        }
        return new SeedSource() {
            @Override
            public String name(String path) {
                return root.resolve(path).toString();
            }

            @Override
            public String location() {
                return root.toString();
            }

            @Override
            public List<String> files() {
                return files;
            }

            @Override
            public long size(String path) {
                try {
                    return Files.size(root.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public InputStream open(String path) throws IOException {
                return Files.newInputStream(root.resolve(path));
            }
        };
    }
}
