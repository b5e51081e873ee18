package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store where none can be: each failure names the location and the problem. */
class StoreOpeningIT {

    @TempDir
    Path folder;

    @Test
    void aFileThatIsNotASqliteDatabaseIsNamedAsSuch() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "These are my notes, not a database.\n".repeat(200));
        assertThatThrownBy(() -> AnalysisStore.open(file.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a SQLite database");
        assertThat(Files.readString(file)).startsWith("These are my notes");
    }

    @Test
    void aFolderIsNotADatabaseFile() {
        assertThatThrownBy(() -> AnalysisStore.open(folder.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("is a folder");
    }

    @Test
    void aSqliteDatabaseOfAnotherProgramIsNotTakenOver() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> AnalysisStore.open(file.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema");
    }

    @Test
    void anUnreachablePostgresServerIsNamedWithoutItsPassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/news?user=ann&password=hunter2&connectTimeout=5";
        assertThatThrownBy(() -> AnalysisStore.open(url, Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to the PostgreSQL database jdbc:postgresql://127.0.0.1:" + closedPort)
                .hasMessageContaining("refused")
                .hasMessageNotContaining("hunter2");
    }
}
