package org.corroborate.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding what the user names: files, directories (recursively), globs, standard input and URLs. */
class SourcesTest {

    @TempDir
    Path root;

    private Sources sources;

    @BeforeEach
    void tree() throws IOException {
        Files.createDirectories(root.resolve("news/2024/march"));
        Files.writeString(root.resolve("news/a.txt"), "a");
        Files.writeString(root.resolve("news/b.html"), "b");
        Files.writeString(root.resolve("news/2024/march/c.txt"), "c");
        Files.writeString(root.resolve("news/2024/.hidden.txt"), "h");
        Files.writeString(root.resolve("top.json"), "{}");
        sources = new Sources(root);
    }

    private static List<String> names(Sources.Expansion e) {
        return e.inputs().stream().map(Input::name).toList();
    }

    @Test
    void aDirectoryIsEveryVisibleFileBelowItInNameOrder() {
        Sources.Expansion e = sources.expand(List.of("news"));

        assertThat(names(e)).containsExactly("news/2024/march/c.txt", "news/a.txt", "news/b.html");
        assertThat(e.inputs()).allSatisfy(i -> assertThat(i.path()).isPresent());
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void globsMatchWithinTheirDirectoryOrBelowIt() {
        assertThat(names(sources.expand(List.of("news/*.txt")))).containsExactly("news/a.txt");
        assertThat(names(sources.expand(List.of("news/**.txt")))).containsExactly("news/2024/march/c.txt", "news/a.txt");
        assertThat(names(sources.expand(List.of("*.json")))).containsExactly("top.json");
    }

    @Test
    void aFileIsItselfAndADashIsStandardInput() {
        Sources.Expansion e = sources.expand(List.of("top.json", "-"));

        assertThat(e.inputs()).hasSize(2);
        assertThat(e.inputs().get(0).path()).contains(root.resolve("top.json"));
        assertThat(e.inputs().get(1).isStdin()).isTrue();
    }

    @Test
    void httpAndHttpsNamesAreUrlsKeptAsTyped() {
        Sources.Expansion e = sources.expand(List.of("https://gazette.example/news/ferry?x=1", "HTTP://Example.org/a"));

        assertThat(e.inputs()).extracting(Input::name)
                .containsExactly("https://gazette.example/news/ferry?x=1", "HTTP://Example.org/a");
        assertThat(e.inputs().get(0).url()).contains(URI.create("https://gazette.example/news/ferry?x=1"));
        assertThat(e.inputs().get(0).path()).isEmpty();
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void namesThatGiveNothingAreReported() {
        Sources.Expansion e = sources.expand(List.of("missing.txt", "news/*.pdf", "https://bad host/x"));

        assertThat(e.inputs()).isEmpty();
        assertThat(e.problems()).containsExactly(
                "missing.txt: no such file or directory",
                "news/*.pdf: no file matches this pattern",
                "https://bad host/x: is not a valid URL (Illegal character in authority at index 8: https://bad host/x)");
    }

    @Test
    void anInputIsAFileAUrlOrStandardInputNeverTwo() {
        Input url = Input.url(URI.create("https://gazette.example/a"));

        assertThat(url.isStdin()).isFalse();
        assertThat(Input.stdin().isStdin()).isTrue();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Input("x", Optional.of(Path.of("x")),
                Optional.of(URI.create("https://a.example/")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both a file and a URL");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Input.url(URI.create("ftp://a.example/x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http and https");
    }
}
