package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Random markup, text and bytes (seeded, so a failure repeats) through ingest and clean: nothing throws, and
 * every article's blocks are non-empty, ordered, inside its text, and point into the document's content.
 */
class CleanerInvariantsTest {

    private static final String[] TAGS = {"p", "div", "span", "a href='/x'", "h1", "h2", "li", "ul", "blockquote",
        "figure", "figcaption", "br", "table", "td", "tr", "article", "section", "nav", "aside", "footer", "header",
        "pre", "b", "i", "div class='share'", "div class='comments'", "p style='display:none'", "script", "style"};
    private static final String[] WORDS = {"ferry", "harbour", "storm", "the", "council", "said", "on", "Thursday",
        "“quoted”", "£180,000", "Advertisement", "READ MORE:", "By Mara Ellison", "&amp;", "&nbsp;", "\n", "  ",
        ".", ",", "<", ">", "&", "é", "\u200B", "\t"};

    private final ArticleCleaner cleaner = new ArticleCleaner(Optional.empty());

    @Test
    void randomMarkupNeverBreaksTheCleaner() {
        Random random = new Random(20240307);
        for (int round = 0; round < 400; round++) {
            String html = randomMarkup(random, 1 + random.nextInt(300));
            for (Format format : Format.values()) {
                Document d = new Document("random-" + round, Optional.empty(), Optional.empty(), format, html, Metadata.EMPTY);
                Extracted e = cleaner.apply(d);
                if (e instanceof Article a) {
                    check(a, d);
                }
            }
        }
    }

    @Test
    void randomBytesNeverBreakTheIngestor() {
        Random random = new Random(7);
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);
        byte[][] prefixes = {{}, {0x1F, (byte) 0x8B}, "WARC/1.0\r\n".getBytes(), "{".getBytes(), "[".getBytes(),
            "<rss>".getBytes(), "<html>".getBytes(), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}};
        for (int round = 0; round < 300; round++) {
            byte[] prefix = prefixes[round % prefixes.length];
            byte[] bytes = new byte[prefix.length + random.nextInt(2000)];
            random.nextBytes(bytes);
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            List<Ingested> out = new ArrayList<>();
            ingestor.ingest("bytes-" + round, bytes, out::add);
            assertThat(out).as("round " + round).isNotEmpty();
            for (Ingested i : out) {
                if (i instanceof Document d) {
                    Extracted e = cleaner.apply(d);
                    if (e instanceof Article a) {
                        check(a, d);
                    }
                }
            }
        }
    }

    private static void check(Article a, Document d) {
        int last = 0;
        for (Block b : a.blocks()) {
            assertThat(b.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(b.span().end()).isLessThanOrEqualTo(a.text().length());
            assertThat(b.span().isEmpty()).isFalse();
            assertThat(a.textOf(b.span()).strip()).isNotEmpty();
            b.origin().ifPresent(o -> assertThat(o.end()).isLessThanOrEqualTo(d.content().length()));
            last = b.span().end();
        }
        if (d.format() == Format.TEXT) {
            assertThat(a.text()).isEqualTo(d.content());
        }
    }

    private static String randomMarkup(Random random, int tokens) {
        StringBuilder s = new StringBuilder();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            int r = random.nextInt(10);
            if (r < 3) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                s.append('<').append(tag).append('>');
                open.add(tag.split(" ")[0]);
            } else if (r < 5 && !open.isEmpty()) {
                s.append("</").append(open.remove(open.size() - 1)).append('>');
            } else {
                s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
            }
        }
        return s.toString();
    }
}
