package org.corroborate.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store on a real PostgreSQL server that the test starts itself ({@link LocalPostgres}); each test gets
 * a new database. Skips, saying why, where no PostgreSQL binaries exist for the platform.
 */
class PostgresStoreIT extends StoreBehaviour {

    private static LocalPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        String reason = LocalPostgres.unavailableReason();
        assumeTrue(reason == null, () -> "PostgreSQL store tests skipped: " + reason);
        server = LocalPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    String newLocation() throws SQLException {
        return server.newDatabase();
    }

    @Override
    Connection connect(String location) throws SQLException {
        return DriverManager.getConnection(location);
    }
}
