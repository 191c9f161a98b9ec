package org.majlis.seed;

import java.util.Comparator;

/** One thing wrong with the seeds, where an analyst can find it: {@code file:line:column: message}. */
public record SeedError(String file, int line, int column, String message) implements Comparable<SeedError> {

    private static final Comparator<SeedError> ORDER = Comparator.comparing(SeedError::file)
            .thenComparingInt(SeedError::line).thenComparingInt(SeedError::column).thenComparing(SeedError::message);

    @Override
    public int compareTo(SeedError other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
