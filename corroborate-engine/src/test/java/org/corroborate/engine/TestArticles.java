package org.corroborate.engine;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimValue;
import org.corroborate.model.Metadata;
import org.corroborate.model.Quote;
import org.corroborate.model.Span;
import org.corroborate.model.ValueKind;

/** Small records for tests of the later stages, built from invented texts. */
public final class TestArticles {

    private TestArticles() {
    }

    /** An article whose whole text is one paragraph, with the outlet named. */
    public static Article article(String id, String outlet, String text) {
        return new Article(id, id + ".txt", Optional.empty(), Metadata.EMPTY.withOutlet(Optional.of(outlet)), text,
                List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)));
    }

    public static ArticleFacts facts(Article article, List<Quote> quotes, List<Claim> claims) {
        return new ArticleFacts(new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of()), quotes, claims);
    }

    /** A claim whose evidence is the first occurrence of {@code evidence} in {@code article}'s text. */
    public static Claim claim(Article article, String evidence, String subject, String relation, String valueText,
            String normalized, ValueKind kind, Optional<Attribution> attribution) {
        int at = article.text().indexOf(evidence);
        if (at < 0) {
            throw new IllegalArgumentException("'" + evidence + "' is not in article " + article.id());
        }
        return new Claim(new Span(at, at + evidence.length()), subject, Optional.empty(), relation,
                new ClaimValue(valueText, normalized, kind), attribution);
    }
}
