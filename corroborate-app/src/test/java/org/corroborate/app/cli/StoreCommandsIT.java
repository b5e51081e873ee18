package org.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze saves to a real SQLite file; stories and show read it back; re-analysis changes nothing. */
class StoreCommandsIT {

    @TempDir
    Path dir;

    @Test
    void analysesAreStoredListedShownAndNotDuplicated() throws Exception {
        Path one = dir.resolve("one.txt");
        Path two = dir.resolve("two.txt");
        Files.writeString(one, "Flooding closed the Ostby bridge on Monday, the Ostby council said.\n\n"
                + "\"The water came up faster than anyone expected,\" council leader Petra Lund said.\n");
        Files.writeString(two, "The Ostby bridge closed on Monday after flooding.\n\n"
                + "\"The water came up faster than anybody expected,\" Lund told the Ostby Herald.\n");
        String db = dir.resolve("store/analyses.db").toString();

        CommandRun first = CommandRun.of("analyze", one.toString(), two.toString(), "--db", db);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("stored 2 articles (2 created) and 1 story (1 created)");

        CommandRun again = CommandRun.of("analyze", one.toString(), "--db", db);
        assertThat(again.err()).contains("1 article (1 unchanged)").contains("1 story (1 unchanged)");

        CommandRun list = CommandRun.of("stories", "--db", db);
        assertThat(list.status()).isZero();
        Matcher id = Pattern.compile("^(s[0-9a-f]{16})\\s+2\\s", Pattern.MULTILINE).matcher(list.out());
        assertThat(id.find()).as(list.out()).isTrue();
        assertThat(list.out()).contains("1 of 1 stories; 2 articles stored");

        CommandRun show = CommandRun.of("show", id.group(1), "--db", db);
        assertThat(show.status()).isZero();
        assertThat(show.out()).startsWith("# Corroborate report").contains("Petra Lund", "The water came up faster");

        CommandRun missing = CommandRun.of("show", "s0000000000000000", "--db", db);
        assertThat(missing.status()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(missing.err()).contains("no story s0000000000000000");
    }

    @Test
    void noStoreWritesNothing() throws Exception {
        Path one = dir.resolve("one.txt");
        Files.writeString(one, "A short note about the harbour festival.\n");
        Path db = dir.resolve("untouched.db");
        CommandRun run = CommandRun.of("analyze", one.toString(), "--db", db.toString(), "--no-store", "-q");
        assertThat(run.status()).isZero();
        assertThat(db).doesNotExist();
    }
}
