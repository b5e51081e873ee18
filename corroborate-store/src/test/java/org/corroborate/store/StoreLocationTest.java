package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void aPathIsASqliteFileMadeAbsolute() {
        StoreLocation location = StoreLocation.parse("data/../corroborate.db", NO_ENV);
        assertThat(location).isEqualTo(
                new StoreLocation.SqliteFile(Path.of("corroborate.db").toAbsolutePath()));
        assertThat(StoreLocation.parse("jdbc:sqlite:/tmp/x.db", NO_ENV))
                .isEqualTo(new StoreLocation.SqliteFile(Path.of("/tmp/x.db")));
    }

    @Test
    void aPostgresUrlTakesItsCredentialsFromTheUrlFirstThenTheEnvironment() {
        Map<String, String> env = Map.of("PGUSER", "env-user", "PGPASSWORD", "env-secret");
        assertThat(StoreLocation.parse("jdbc:postgresql://db.local:5433/news?user=ann&password=p%40ss", env))
                .isEqualTo(new StoreLocation.Postgres("jdbc:postgresql://db.local:5433/news?user=ann&password=p%40ss",
                        Optional.of("ann"), Optional.of("p@ss")));
        assertThat(StoreLocation.parse("jdbc:postgresql://db.local/news?sslmode=require", env))
                .isEqualTo(new StoreLocation.Postgres("jdbc:postgresql://db.local/news?sslmode=require",
                        Optional.of("env-user"), Optional.of("env-secret")));
        assertThat(StoreLocation.parse("jdbc:postgresql://db.local/news", NO_ENV))
                .isEqualTo(new StoreLocation.Postgres("jdbc:postgresql://db.local/news",
                        Optional.empty(), Optional.empty()));
    }

    @Test
    void aPostgresLocationDescribesItselfWithoutThePassword() {
        StoreLocation location = StoreLocation.parse(
                "jdbc:postgresql://db.local/news?password=hunter2&user=ann&PASSWORD=again", NO_ENV);
        assertThat(location.describe())
                .isEqualTo("jdbc:postgresql://db.local/news?password=***&user=ann&PASSWORD=***")
                .doesNotContain("hunter2", "again");
    }

    @Test
    void otherDatabasesAndInMemorySqliteAreRefusedByName() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db.local/news?password=hunter2", NO_ENV))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:mysql://db.local/news")
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:sqlite::memory:", NO_ENV))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(":memory:");
        assertThatThrownBy(() -> StoreLocation.parse("  ", NO_ENV))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:postgresql:news", NO_ENV))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:postgresql://HOST");
    }
}
