package org.majlis.main;

import java.util.Arrays;

import org.majlis.auth.TokenCommand;
import org.majlis.draft.DraftCommand;
import org.majlis.draft.DraftFigures;
import org.majlis.seed.DocumentIdCommand;
import org.majlis.seed.SeedCheck;
import org.majlis.seed.SeedExportCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged application's entry point: {@code check [FOLDER]} checks seeds and exits without starting the
 * service (no database, no port, in about a second); {@code export FOLDER} writes the database as seed files, with
 * the service's database settings but no port and no import; {@code token NAME --role analyst} prints a writer's
 * token signed with the local key; {@code document-id TEXT_FILE PUBLISHED_ON} prints a new document's slug;
 * {@code draft TEXT_FILE ...} writes the drafter's proposals for a new document as its seed file, and
 * {@code draft-figures FOLDER} prints the drafter's precision and recall on annotated texts (both without the service,
 * as check runs); anything else starts the service.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(SeedCheck.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("document-id")) {
            System.exit(DocumentIdCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("draft")) {
            System.exit(DraftCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("draft-figures")) {
            System.exit(DraftFigures.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length), SeedCheck::setting, System.out,
                    System.err));
        }
        if (args.length > 0 && args[0].equals("export")) {
            // Before Quarkus reads its configuration: the export listens on no port (a service may hold it), writes
            // the database as it is, so the seeds are not imported into it first, and prints its own lines only,
            // as check does (warnings and errors still reach the log).
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("majlis.seeds.import-on-start", "false");
            System.setProperty("quarkus.banner.enabled", "false");
            System.setProperty("quarkus.log.level", "WARN");
            // A start that fails (an H2 file that the service holds open, an unreachable PostgreSQL) is one line
            // with its cause, as check reports: Quarkus would log it inside a stack trace.
            System.setProperty("quarkus.log.category.\"io.quarkus.runtime.Application\".level", "OFF");
            Quarkus.run(SeedExportCommand.class, SeedExportCommand::exit, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Quarkus.run(args);
    }
}
