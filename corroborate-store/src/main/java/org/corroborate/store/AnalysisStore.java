package org.corroborate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Analysed articles and stories, kept in a database: a SQLite file by default, or PostgreSQL.
 *
 * <p>{@link #open(String)} creates the database if needed and brings its schema up to date (Flyway
 * migrations under {@code db/migration}). Each save runs in its own transaction, so once {@code save}
 * returns, the record survives the process being killed. Saving is idempotent: records are keyed by their
 * ids (an article's id is a hash of its content), and saving a record identical to the stored one writes
 * nothing and returns {@link Saved#UNCHANGED}; a different record under a stored id replaces it
 * ({@link Saved#UPDATED}), which is how a story that gained articles, or an article analysed by a newer
 * engine, is brought up to date. Loading gives back records equal to those saved.
 *
 * <p>Thread-safe: every call takes its own connection (PostgreSQL connections are not pooled yet: each call
 * opens one), and several processes may share one SQLite file (writers take turns). A SQLite store holds one
 * further connection open until {@link #close()}. Failures to reach or use the database are
 * {@link StoreException}s whose messages name the location, never its password.
 */
public final class AnalysisStore implements AutoCloseable {

    private final StoreLocation location;
    private final Optional<Connection> keeper;
    private final Jdbi jdbi;
    private final Clock clock;
    private final ArticleRows articles;
    private final StoryRows stories;

    private AnalysisStore(StoreLocation location, Optional<Connection> keeper, Jdbi jdbi, Clock clock) {
        this.location = location;
        this.keeper = keeper;
        this.jdbi = jdbi;
        this.clock = clock;
        RecordJson json = new RecordJson();
        this.articles = new ArticleRows(json);
        this.stories = new StoryRows(json, articles);
    }

    /**
     * Opens the store at {@code location}, creating it (and for a file, its parent folders) when absent.
     *
     * @param location a file path for SQLite, or a {@code jdbc:postgresql://HOST[:PORT]/DB} URL whose user
     *                 and password come from its {@code user} and {@code password} parameters, else from
     *                 {@code PGUSER} and {@code PGPASSWORD}
     * @throws StoreException when the location is not usable, the database cannot be reached or is not a
     *                        SQLite database, or its schema cannot be brought up to date
     */
    public static AnalysisStore open(String location) {
        return open(location, System.getenv());
    }

    /** As {@link #open(String)}, reading {@code PGUSER} and {@code PGPASSWORD} from {@code env}. */
    static AnalysisStore open(String location, Map<String, String> env) {
        StoreLocation parsed = StoreLocation.parse(location, env);
        if (parsed instanceof StoreLocation.SqliteFile file) {
            prepareFolder(file.path());
        }
        DataSource source = parsed.dataSource();
        Connection keeper = probe(parsed, source);
        try {
            migrate(parsed, source);
        } catch (StoreException e) {
            closeQuietly(keeper, e);
            throw e;
        }
        if (parsed instanceof StoreLocation.SqliteFile) {
            // SQLite checkpoints the write-ahead log into the database, and deletes it, whenever the last
            // connection to a file closes (https://sqlite.org/wal.html#automatic_checkpoint). Calls take a
            // connection each, so without one held open every save would pay for a checkpoint: about 17 ms
            // a save here instead of a few. The log is still checkpointed every 1000 pages, and on close().
            return new AnalysisStore(parsed, Optional.of(keeper), Jdbi.create(source), Clock.systemUTC());
        }
        closeQuietly(keeper, null);
        return new AnalysisStore(parsed, Optional.empty(), Jdbi.create(source), Clock.systemUTC());
    }

    /** The location in words, for messages: a file path, or the URL without its password. */
    public String location() {
        return location.describe();
    }

    /**
     * Saves one analysed article in its own transaction.
     *
     * @return {@link Saved#UNCHANGED} when the identical analysis was stored already
     */
    public Saved save(ArticleFacts article) {
        Objects.requireNonNull(article, "article");
        return inTransaction("save article " + article.article().id(),
                h -> articles.save(h, article, clock.instant()));
    }

    /**
     * Saves a story's report and its membership in one transaction.
     *
     * @return {@link Saved#UNCHANGED} when the identical report was stored already
     * @throws IllegalArgumentException when the report lists an article that is not stored
     */
    public Saved save(StoryReport story) {
        Objects.requireNonNull(story, "story");
        return inTransaction("save story " + story.id(), h -> stories.save(h, story, clock.instant()));
    }

    public Optional<ArticleFacts> article(String id) {
        Objects.requireNonNull(id, "id");
        return withHandle("load article " + id, h -> articles.load(h, id));
    }

    /** The story with its articles, in the order its report lists them. */
    public Optional<StoredStory> story(String id) {
        Objects.requireNonNull(id, "id");
        return withHandle("load story " + id, h -> stories.load(h, id));
    }

    /** Every stored story, newest first (see {@link #stories(int, int)}). */
    public List<StorySummary> stories() {
        return stories(0, Integer.MAX_VALUE);
    }

    /**
     * One page of the stored stories, newest first: by the latest publication date among a story's articles
     * (stories with no dated article come last), then by when the story was last saved.
     */
    public List<StorySummary> stories(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page needs offset >= 0 and limit >= 0, was given offset "
                    + offset + " and limit " + limit);
        }
        return withHandle("list stories", h -> stories.list(h, offset, limit));
    }

    public StoreCounts counts() {
        return withHandle("count", h -> new StoreCounts(
                count(h, "article"), count(h, "story"), count(h, "quote"), count(h, "entity")));
    }

    /**
     * Releases the connection a SQLite store holds open. Each call takes and returns its own connection, so
     * for PostgreSQL there is nothing to release. Saved records are already durable without it.
     */
    @Override
    public void close() {
        keeper.ifPresent(c -> {
            try {
                c.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close " + location.describe() + ": " + e.getMessage(), e);
            }
        });
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private <T> T inTransaction(String what, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw new StoreException("cannot " + what + " in " + location.describe() + ": " + rootMessage(e), e);
        }
    }

    private <T> T withHandle(String what, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw new StoreException("cannot " + what + " in " + location.describe() + ": " + rootMessage(e), e);
        }
    }

    private static void prepareFolder(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException("'" + file + "' is a folder: give the path of a database file, such as "
                    + file.resolve("corroborate.db"));
        }
        Path parent = file.getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new StoreException("cannot create the folder " + parent + " for the database " + file
                        + ": " + e, e);
            }
        }
    }

    /**
     * Connects and reads the schema, so that an unreachable server or a file that is not a database is
     * reported as such rather than as a failed migration.
     *
     * @return the open connection
     */
    private static Connection probe(StoreLocation location, DataSource source) {
        String query = location instanceof StoreLocation.SqliteFile
                ? "SELECT COUNT(*) FROM sqlite_master"
                : "SELECT 1";
        Connection connection = null;
        try {
            connection = source.getConnection();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                rows.next();
            }
            return connection;
        } catch (SQLException e) {
            StoreException failure = new StoreException(problem(location, e), e);
            closeQuietly(connection, failure);
            throw failure;
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static String problem(StoreLocation location, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (location instanceof StoreLocation.SqliteFile file) {
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("not a database") || lower.contains("notadb")) {
                return "'" + file.path() + "' is not a SQLite database (" + message + "): give the path of a "
                        + "Corroborate database, or of a file that does not exist yet";
            }
            return "cannot open the SQLite database '" + file.path() + "': " + message;
        }
        return "cannot connect to the PostgreSQL database " + location.describe() + ": " + message;
    }

    private static void migrate(StoreLocation location, DataSource source) {
        try {
            Flyway.configure(AnalysisStore.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the schema of " + location.describe() + " up to date: "
                    + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
