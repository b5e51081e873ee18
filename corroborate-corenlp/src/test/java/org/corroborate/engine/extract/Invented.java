package org.corroborate.engine.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.corenlp.CoreNlpAnalyzer;
import org.corroborate.engine.annotate.Annotator;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Claim;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.corroborate.model.Span;

/**
 * Articles we invent, analysed by the real stages: CoreNLP's tokens, tags and names, our entity resolver, time
 * tagger, quote and claim extractors. Each paragraph given is one block; the CoreNLP models load once per run.
 */
final class Invented {

    private static Annotator annotator;

    private Invented() {
    }

    private static synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = new Annotator(new CoreNlpAnalyzer());
        }
        return annotator;
    }

    /** An article of {@code paragraphs}, published on {@code published}, through annotate and extract. */
    static ArticleFacts article(String id, String outlet, LocalDate published, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            blocks.add(new Block(new Span(text.length(), text.length() + p.length()), BlockKind.PARAGRAPH));
            text.append(p);
        }
        Metadata metadata = Metadata.EMPTY.withOutlet(Optional.of(outlet)).withPublished(Optional.of(Published.on(published)));
        Article article = new Article(id, id + ".txt", Optional.empty(), metadata, text.toString(), blocks);
        return new FactExtractor().apply(annotator().apply(article));
    }

    static ArticleFacts article(String... paragraphs) {
        return article("a", "Tidewater Post", LocalDate.of(2024, 10, 13), paragraphs);
    }

    /** The claim's line as a test reads it: "subject | relation | value | attribution". */
    static String line(ArticleFacts facts, Claim c) {
        return c.subject() + " | " + c.relation() + " | " + c.value().normalized()
                + c.attribution().map(a -> " | " + a.source() + a.via().map(v -> " via " + v).orElse("")).orElse("");
    }

    static List<String> lines(ArticleFacts facts) {
        return facts.claims().stream().map(c -> line(facts, c)).toList();
    }
}
