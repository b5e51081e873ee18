package org.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.store.AnalysisStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code corroborate analyze} process killed halfway: every article it reported as stored loads back
 * intact, and the store takes the rest of the run afterwards.
 */
class KilledRunIT {

    private static final Pattern STORED = Pattern.compile("corroborate: stored ([0-9a-f]{16}) ");

    @TempDir
    Path dir;

    @Test
    void everyArticleReportedAsStoredSurvivesAKill() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(inputs.resolve(String.format("n%02d.txt", i)), "Council meeting number " + i
                    + " in Vessby approved a new ferry timetable on Monday.\n\n\"We listened to the islanders,\" councillor Jonas Ek said.\n"
                    + "The vote was close.\n".repeat(40));
        }
        Path db = dir.resolve("killed.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", inputs.toString(), "--db", db.toString(), "--verbose", "--threads", "1", "--format", "json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; reported.size() < 5 && (line = err.readLine()) != null; ) {
                Matcher m = STORED.matcher(line);
                if (m.find()) {
                    reported.add(m.group(1));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).hasSize(5);

        try (AnalysisStore store = AnalysisStore.open(db.toString())) {
            for (String id : reported) {
                assertThat(store.article(id)).as("article %s was reported as stored", id)
                        .hasValueSatisfying(a -> assertThat(a.article().text()).contains("ferry timetable"));
            }
            assertThat(store.counts().articles()).isBetween(5L, 59L);
        }
        CommandRun rest = CommandRun.of("analyze", inputs.toString(), "--db", db.toString(), "--format", "json");
        assertThat(rest.status()).as(rest.err()).isZero();
        try (AnalysisStore store = AnalysisStore.open(db.toString())) {
            assertThat(store.counts().articles()).isEqualTo(60);
        }
    }
}
