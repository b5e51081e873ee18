package org.corroborate.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where a store lives, parsed from what the user wrote: a file path (SQLite) or a {@code jdbc:postgresql://}
 * URL. Knows how to reach the database; opening it, and the errors that go with that, are
 * {@link AnalysisStore}'s.
 */
sealed interface StoreLocation {

    /** The location in words for messages: never a password. */
    String describe();

    DataSource dataSource();

    /**
     * @param location a file path, {@code jdbc:sqlite:PATH}, or {@code jdbc:postgresql://HOST[:PORT]/DB[?PARAMS]}
     * @param env      the environment, read for {@code PGUSER} and {@code PGPASSWORD} when the URL names no
     *                 user or password
     */
    static StoreLocation parse(String location, Map<String, String> env) {
        Objects.requireNonNull(location, "location");
        String trimmed = location.strip();
        if (trimmed.isEmpty()) {
            throw new StoreException("the database location is empty: give a file path or a jdbc:postgresql:// URL");
        }
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return Postgres.of(trimmed, env);
        }
        if (trimmed.startsWith("jdbc:sqlite:")) {
            return SqliteFile.of(trimmed.substring("jdbc:sqlite:".length()), location);
        }
        if (trimmed.startsWith("jdbc:")) {
            throw new StoreException("unsupported database URL '" + Postgres.redact(trimmed)
                    + "': give a SQLite file path or a jdbc:postgresql:// URL");
        }
        return SqliteFile.of(location, location);
    }

    /** A SQLite database file. */
    record SqliteFile(Path path) implements StoreLocation {

        /** How long a writer waits for another process's write transaction before giving up. */
        static final int BUSY_TIMEOUT_MILLIS = 30_000;

        public SqliteFile {
            Objects.requireNonNull(path, "path");
        }

        static SqliteFile of(String path, String asGiven) {
            if (path.isBlank() || path.startsWith(":memory:") || path.startsWith("file:")) {
                throw new StoreException("'" + asGiven + "' is not a SQLite file path: give the path of a file");
            }
            try {
                return new SqliteFile(Path.of(path).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                throw new StoreException("'" + asGiven + "' is not a usable file path: " + e.getMessage(), e);
            }
        }

        @Override
        public String describe() {
            return path.toString();
        }

        @Override
        public DataSource dataSource() {
            // WAL lets readers run while one writer commits, and a committed transaction survives the process
            // dying (https://sqlite.org/wal.html). synchronous stays at its default, FULL, so a commit also
            // survives a power loss. IMMEDIATE takes the write lock at BEGIN, so concurrent writers queue on the
            // busy timeout rather than fail with SQLITE_BUSY when a read turns into a write
            // (https://sqlite.org/lang_transaction.html). Foreign keys are off in SQLite unless asked for.
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:" + path);
            return source;
        }
    }

    /**
     * A PostgreSQL database.
     *
     * @param url      the JDBC URL as given, which may carry a password
     * @param user     from the URL's {@code user} parameter, else {@code PGUSER}
     * @param password from the URL's {@code password} parameter, else {@code PGPASSWORD}
     */
    record Postgres(String url, Optional<String> user, Optional<String> password) implements StoreLocation {

        private static final Pattern PASSWORD = Pattern.compile("([?&]password=)[^&]*", Pattern.CASE_INSENSITIVE);

        public Postgres {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        static Postgres of(String url, Map<String, String> env) {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new StoreException("'" + redact(url) + "' is not a PostgreSQL URL of the form "
                        + "jdbc:postgresql://HOST[:PORT]/DATABASE[?user=NAME&password=SECRET]");
            }
            Optional<String> user = parameter(url, "user").or(() -> nonBlank(env.get("PGUSER")));
            Optional<String> password = parameter(url, "password").or(() -> nonBlank(env.get("PGPASSWORD")));
            return new Postgres(url, user, password);
        }

        static String redact(String url) {
            return PASSWORD.matcher(url).replaceAll("$1***");
        }

        @Override
        public String describe() {
            return redact(url);
        }

        @Override
        public DataSource dataSource() {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            user.ifPresent(source::setUser);
            password.ifPresent(source::setPassword);
            return source;
        }

        private static Optional<String> parameter(String url, String name) {
            int query = url.indexOf('?');
            if (query < 0) {
                return Optional.empty();
            }
            for (String pair : url.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (key.equalsIgnoreCase(name) && eq >= 0) {
                    return nonBlank(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }

        private static Optional<String> nonBlank(String value) {
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        }
    }
}
