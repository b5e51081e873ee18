package org.corroborate.app.cli;

import org.corroborate.store.AnalysisStore;
import picocli.CommandLine.Option;

/** Where analyses are stored: the options every command that reads or writes the store shares. */
final class StoreOptions {

    static final String DEFAULT_DB = "corroborate.db";

    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = DEFAULT_DB,
            description = "The store: a SQLite file (default: ./${DEFAULT-VALUE}) or a jdbc:postgresql://HOST/DB URL "
                    + "(user and password from its parameters or PGUSER/PGPASSWORD).")
    String db;

    AnalysisStore open() {
        return AnalysisStore.open(db);
    }
}
