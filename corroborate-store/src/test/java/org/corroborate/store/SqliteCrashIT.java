package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed halfway: a child JVM saves articles one by one and reports each after its commit; it is
 * killed with SIGKILL partway, and the store must still hold every reported article intact, pass SQLite's
 * integrity check and take new writes.
 */
class SqliteCrashIT {

    /** Enough that the child is still saving when it is killed. */
    private static final int PLANNED = 100_000;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path folder;

    @Test
    void everyArticleReportedAsSavedSurvivesTheProcessBeingKilled() throws Exception {
        Path db = folder.resolve("crash/corroborate.db");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), db.toString(), Integer.toString(PLANNED))
                .redirectError(folder.resolve("child-stderr.txt").toFile())
                .start();
        List<Integer> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < KILL_AFTER && (line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                assertThat(parts[1]).isEqualTo(Samples.article(Integer.parseInt(parts[0])).article().id());
                reported.add(Integer.parseInt(parts[0]));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("lines the child printed before it was killed; its stderr is in "
                + folder.resolve("child-stderr.txt")).hasSize(KILL_AFTER);
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        Path wal = Path.of(db + "-wal");
        long walBytes = Files.exists(wal) ? Files.size(wal) : 0;

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (AnalysisStore store = AnalysisStore.open(db.toString())) {
            for (int n : reported) {
                assertThat(store.article(Samples.article(n).article().id())).contains(Samples.article(n));
            }
            // Articles are saved in order, so what is stored is a prefix: the reported ones and at most the
            // few the child committed after the last line read.
            long stored = store.counts().articles();
            assertThat(stored).isGreaterThanOrEqualTo(KILL_AFTER).isLessThan(PLANNED);
            for (int n = 0; n < stored; n++) {
                assertThat(store.article(Samples.article(n).article().id())).contains(Samples.article(n));
            }
            assertThat(store.counts().quotes()).isEqualTo(2 * stored);
            System.out.printf("killed after %d saves were reported; %d articles stored; %d bytes of write-ahead"
                    + " log left for recovery%n", reported.size(), stored, walBytes);

            assertThat(store.save(Samples.article((int) stored))).isEqualTo(Saved.CREATED);
            assertThat(store.save(Samples.article(0))).isEqualTo(Saved.UNCHANGED);
            assertThat(store.save(Samples.story(List.of(Samples.article(0), Samples.article(1)))))
                    .isEqualTo(Saved.CREATED);
        }
    }
}
