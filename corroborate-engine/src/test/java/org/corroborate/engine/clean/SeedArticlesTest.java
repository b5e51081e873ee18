package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.SharedData;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.junit.jupiter.api.Test;

/**
 * The article checks of {@code ../shared/seeds/EXPECTED.md}: outlet, byline, title, boilerplate spans and
 * captions of the two seed articles. The seeds are read at run time (the test skips when they are absent) and
 * their text is never copied here: expectations name only the outlet and author names EXPECTED.md gives and
 * the generic words that open each boilerplate line; everything else is located in the seed itself.
 */
class SeedArticlesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(Optional.empty());

    private Article clean(String file) throws IOException {
        Path path = SharedData.require("seeds").resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Extracted extracted = cleaner.apply(Document.text(file, text));
        assertThat(extracted).isInstanceOf(Article.class);
        Article article = (Article) extracted;
        assertThat(article.text()).as("plain text is kept verbatim").isEqualTo(text);
        return article;
    }

    @Test
    void seed000HasTheOutletNamedInItsPromotionAndNoTitleOrByline() throws IOException {
        Article a = clean("000_5a07bcc25bfe99fd.txt");

        assertThat(a.metadata().outlet()).contains("KISS FM 96.9");
        assertThat(a.metadata().title()).as("the first line is the lede, a sentence").isEmpty();
        assertThat(a.metadata().byline()).isEmpty();
        assertThat(a.captions()).isEmpty();
    }

    @Test
    void seed000BoilerplateIsTheReadMoreLineTheGalleryAndThePromotion() throws IOException {
        Article a = clean("000_5a07bcc25bfe99fd.txt");
        List<String> lines = nonBlankLines(a.text());
        int credit = indexStartingWith(lines, "Gallery Credit:");

        List<Block> boilerplate = a.boilerplate();
        assertThat(boilerplate).hasSize(3);
        assertThat(text(a, boilerplate.get(0))).startsWith("READ MORE:");
        assertThat(boilerplate.get(0).kind()).isEqualTo(BlockKind.READ_MORE);
        // The gallery runs from its title (two lines above the credit) through the credit line.
        assertThat(boilerplate.get(1).kind()).isEqualTo(BlockKind.GALLERY);
        assertThat(text(a, boilerplate.get(1))).startsWith(lines.get(credit - 2)).endsWith(lines.get(credit));
        assertThat(text(a, boilerplate.get(2))).isEqualTo("More From KISS FM 96.9");
        assertThat(a.text().substring(boilerplate.get(2).span().end()).strip()).isEmpty();
    }

    @Test
    void seed002HasItsHeadlineAsTitleTheWrittenByBylineAndNoOutlet() throws IOException {
        Article a = clean("002_d365c160d4f16c9e.txt");

        assertThat(a.metadata().title()).contains(nonBlankLines(a.text()).get(0));
        assertThat(a.blocks().get(0).kind()).isEqualTo(BlockKind.TITLE);
        assertThat(a.metadata().byline()).contains("Hashim Asraff");
        assertThat(a.metadata().outlet()).as("the outlet is not named in the text").isEmpty();
    }

    @Test
    void seed002BoilerplateIsTheTagLineCreditPromotionsAndAuthorBlock() throws IOException {
        Article a = clean("002_d365c160d4f16c9e.txt");

        List<Block> boilerplate = a.boilerplate().stream().filter(b -> b.kind() != BlockKind.REPEATED).toList();
        assertThat(boilerplate).extracting(Block::kind).containsExactly(
                BlockKind.TAGS, BlockKind.CREDIT, BlockKind.PROMOTION, BlockKind.PROMOTION, BlockKind.AUTHOR);
        String tags = text(a, boilerplate.get(0));
        assertThat(tags).isLowerCase().contains(", ");
        assertThat(text(a, boilerplate.get(1))).startsWith("Credits:");
        assertThat(text(a, boilerplate.get(2))).isEqualTo("Show More");
        assertThat(text(a, boilerplate.get(3))).isEqualTo("Featured Video");
        Block author = boilerplate.get(4);
        assertThat(text(a, author)).startsWith("Written by");
        assertThat(a.text().substring(author.span().end()).strip()).as("the author block runs to the end").isEmpty();
    }

    @Test
    void seed002CaptionsAreKeptOnceAndTheirCopiesAreRepeats() throws IOException {
        Article a = clean("002_d365c160d4f16c9e.txt");

        List<String> captions = a.captions().stream().map(b -> text(a, b)).toList();
        assertThat(captions).hasSize(3).doesNotHaveDuplicates()
                .allMatch(c -> c.endsWith("| Interscope Records") || c.endsWith("| Blackground Records"));
        List<Block> repeats = a.blocks().stream().filter(b -> b.kind() == BlockKind.REPEATED).toList();
        assertThat(repeats).hasSize(3);
        assertThat(repeats).allSatisfy(r -> assertThat(captions).contains(text(a, r)));
    }

    @Test
    void seedBlocksAreSpansOfTheVerbatimTextWithTheSameOrigin() throws IOException {
        for (String file : List.of("000_5a07bcc25bfe99fd.txt", "002_d365c160d4f16c9e.txt")) {
            Article a = clean(file);
            assertThat(a.blocks()).allSatisfy(b -> assertThat(b.origin()).contains(b.span()));
            assertThat(a.body()).as(file + " keeps its article text as body").hasSizeGreaterThan(10);
        }
    }

    @Test
    void theMainTextOfASeedLeavesOutItsBoilerplateAndCaptionsButNoSentence() throws IOException {
        Article a = clean("002_d365c160d4f16c9e.txt");

        String main = MainText.of(a);

        assertThat(main).doesNotContain("Show More", "Featured Video", "Credits:", "Written by", "| Interscope Records");
        for (Block b : a.body()) {
            assertThat(main).contains(text(a, b));
        }
    }

    private static String text(Article a, Block b) {
        return a.textOf(b.span());
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
