package org.majlis.main;

import java.util.Arrays;

import org.majlis.seed.SeedCheck;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged application's entry point: {@code check [FOLDER]} checks seeds and exits without starting the
 * service (no database, no port, in about a second); anything else starts the service as before.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(SeedCheck.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Quarkus.run(args);
    }
}
