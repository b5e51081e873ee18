package org.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on small invented articles, with the real CoreNLP analyzer. */
class CommandLineIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two invented outlets' reports of one invented event, the first with scraped boilerplate. */
    private static final String COURIER = """
            Firefighters battled a warehouse blaze in Port Alder on Saturday, March 4, 2023.

            "We had forty people on the line all night and nobody was hurt," fire chief Dana Whitlock said.

            READ MORE: Port Alder council approves new harbour budget

            The fire destroyed the building, officials said.

            More From The Alder Courier
            """;
    private static final String PULSE = """
            Port Alder warehouse fire

            A fire destroyed a warehouse in Port Alder in March 2023.

            "We had forty people on the line all night and no one was hurt," Whitlock told Metro Pulse.
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeArticles() throws Exception {
        Files.writeString(dir.resolve("courier.txt"), COURIER, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pulse.txt"), PULSE, StandardCharsets.UTF_8);
    }

    private static String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void printsItsVersionAndHelp() {
        CommandRun version = CommandRun.of("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("corroborate ");
        CommandRun help = CommandRun.of("analyze", "--no-store", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--format", "--published", "Exit status");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhatIsWrong() {
        CommandRun none = CommandRun.of();
        assertThat(none.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Missing a command");
        CommandRun badDate = CommandRun.of("analyze", "--no-store", path("courier.txt"), "--published", "last week");
        assertThat(badDate.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("--published", "'last week'", "YYYY-MM-DD");
        CommandRun badFormat = CommandRun.of("analyze", "--no-store", path("courier.txt"), "--format", "pdf");
        assertThat(badFormat.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("pdf");
    }

    @Test
    void aMissingInputIsNamedAndTheOthersAreStillAnalysed() throws Exception {
        CommandRun run = CommandRun.of("analyze", "--no-store", path("courier.txt"), path("nowhere.txt"), "--format", "json", "-q");
        assertThat(run.status()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains("nowhere.txt").contains("no such file");
        assertThat(JSON.readTree(run.out()).get("articles")).hasSize(1);
    }

    @Test
    void analyzeWritesTheContractAsJson() throws Exception {
        CommandRun run = CommandRun.of("analyze", "--no-store", path("courier.txt"), path("pulse.txt"), "--format", "json", "-q");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        JsonNode courier = root.get("articles").get(0);
        assertThat(courier.get("outlet").asText()).isEqualTo("The Alder Courier");
        String text = courier.get("text").asText();
        assertThat(text).isEqualTo(COURIER);
        List<String> boilerplate = texts(courier, "boilerplate");
        assertThat(boilerplate).contains("READ MORE: Port Alder council approves new harbour budget", "More From The Alder Courier");
        JsonNode quote = courier.get("quotes").get(0);
        assertThat(quote.get("text").asText()).startsWith("We had forty people on the line");
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Dana Whitlock");
        assertThat(root.get("stories")).hasSize(1);
        assertThat(root.get("stories").get(0).get("articles")).hasSize(2);
    }

    @Test
    void writesJsonLinesMarkdownAndHtml() throws Exception {
        CommandRun jsonl = CommandRun.of("analyze", "--no-store", path("courier.txt"), path("pulse.txt"), "--format", "jsonl", "-q");
        String[] lines = jsonl.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[0]).get("type").asText()).isEqualTo("article");
        assertThat(JSON.readTree(lines[2]).get("type").asText()).isEqualTo("story");

        CommandRun md = CommandRun.of("analyze", "--no-store", path("courier.txt"), path("pulse.txt"), "-q");
        assertThat(md.out()).startsWith("# Corroborate report").contains("| outlet |", "The Alder Courier", "### Quotes");

        Path html = dir.resolve("out/report.html");
        CommandRun page = CommandRun.of("analyze", "--no-store", path("courier.txt"), path("pulse.txt"), "--format", "html", "-o", html.toString(), "-q");
        assertThat(page.status()).isZero();
        assertThat(page.out()).isEmpty();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<mark class=\"quote\">", "</html>")
                .doesNotContain("<script");
    }

    @Test
    void extractPrintsTheBodyWithoutBoilerplate() throws Exception {
        CommandRun run = CommandRun.of("extract", path("courier.txt"));
        assertThat(run.status()).isZero();
        JsonNode article = JSON.readTree(run.out().strip());
        assertThat(article.get("source").asText()).endsWith("courier.txt");
        assertThat(article.get("outlet").asText()).isEqualTo("The Alder Courier");
        assertThat(article.get("text").asText()).contains("Firefighters battled").doesNotContain("READ MORE", "More From");
    }

    private static List<String> texts(JsonNode article, String field) {
        String text = article.get("text").asText();
        return java.util.stream.StreamSupport.stream(article.get(field).spliterator(), false)
                .map(n -> text.substring(n.get("start").asInt(), n.get("end").asInt())).toList();
    }
}
