package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real SQLite files in a temporary folder. */
class SqliteStoreIT extends StoreBehaviour {

    @TempDir
    Path folder;

    private final AtomicInteger files = new AtomicInteger();

    @Override
    String newLocation() {
        return folder.resolve("store-" + files.incrementAndGet() + ".db").toString();
    }

    @Override
    Connection connect(String location) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + location);
    }

    @Test
    void createsTheFileAndItsFoldersInWriteAheadLogMode() throws Exception {
        Path file = folder.resolve("a/b/corroborate.db");
        try (AnalysisStore store = AnalysisStore.open(file.toString())) {
            store.save(Samples.article(1));
            assertThat(store.location()).isEqualTo(file.toAbsolutePath().toString());
        }
        assertThat(file).isRegularFile();
        try (Connection c = connect(file.toString()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aJdbcSqliteUrlNamesTheSameFile() throws Exception {
        Path file = folder.resolve("by-url.db");
        try (AnalysisStore store = AnalysisStore.open("jdbc:sqlite:" + file)) {
            store.save(Samples.article(3));
        }
        try (AnalysisStore store = AnalysisStore.open(file.toString())) {
            assertThat(store.article(Samples.article(3).article().id())).contains(Samples.article(3));
        }
        assertThat(Files.size(file)).isPositive();
    }
}
