package org.majlis.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seeds cannot be imported; the message lists every error, one per line. */
public class SeedException extends RuntimeException {

    private final List<SeedError> errors;

    public SeedException(List<SeedError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the seeds, nothing imported:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<SeedError> errors() {
        return errors;
    }
}
