package org.majlis.auth;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.runtime.configuration.DurationConverter;

/**
 * {@code token NAME [--role analyst|curator]...}: prints a bearer token for a writer, signed with this installation's
 * local key, for a laptop without an identity provider (README, "Write to it"). It reads the service's settings from the
 * same places (system properties, then the environment), so it signs with the key the service checks with, and it
 * refuses where an identity provider is configured: tokens come from there.
 */
public final class TokenCommand {

    public static final int OK = 0;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = "Usage: token NAME [--role analyst|curator]... (default role: analyst)";
    private static final Set<String> ROLES = Set.of(Roles.ANALYST, Roles.CURATOR);

    private TokenCommand() {
    }

    /**
     * @param settings a setting's value by its property name, or null when it is not set
     */
    public static int run(String[] args, Function<String, String> settings, PrintStream out, PrintStream err) {
        if (settings.apply("majlis.auth.issuer") != null) {
            err.println("This installation takes tokens from " + settings.apply("majlis.auth.issuer")
                    + " (MAJLIS_AUTH_ISSUER): get one there.");
            return USAGE;
        }
        String user = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--role") && i + 1 < args.length && ROLES.contains(args[i + 1])) {
                roles.add(args[++i]);
            } else if (!args[i].startsWith("-") && user == null && !args[i].isBlank()) {
                user = args[i];
            } else {
                err.println("Not understood: " + args[i]);
                err.println(USAGE_TEXT);
                return USAGE;
            }
        }
        if (user == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (roles.isEmpty()) {
            roles.add(Roles.ANALYST);
        }
        String keyFile = orDefault(settings.apply("majlis.auth.local-key"), AuthConfig.DEFAULT_LOCAL_KEY);
        String audience = orDefault(settings.apply("majlis.auth.audience"), AuthConfig.DEFAULT_AUDIENCE);
        // Read as the service reads the setting (8h, 30m, PT8H), so that both mean the same by it.
        Duration lifetime = DurationConverter.parseDuration(orDefault(settings.apply("majlis.auth.local-token-lifetime"),
                AuthConfig.DEFAULT_LOCAL_TOKEN_LIFETIME));
        LocalSigningKey key = LocalSigningKey.loadOrCreate(Path.of(keyFile));
        out.println(LocalTokens.issue(key, user, List.copyOf(roles), audience, lifetime));
        return OK;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
