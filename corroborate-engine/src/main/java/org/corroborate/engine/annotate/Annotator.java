package org.corroborate.engine.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.Stage;
import org.corroborate.engine.annotate.entity.EntityResolver;
import org.corroborate.engine.annotate.time.TimeTagger;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.Entity;
import org.corroborate.model.Published;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.Token;

/**
 * The annotate stage. Only body blocks (title, headings, paragraphs, block quotes) are analysed; captions and
 * boilerplate get no sentences. The tags are then repaired where the article rules them out:
 * <ul>
 *   <li>a sentence the analyzer split after an abbreviation inside it is joined again ({@link SentenceRepair});
 *   <li>a verb tag after an article is taken for a noun, and a dateline's capitals for a place ({@link TagRepair});
 *   <li>a headline in title case keeps only the names the body supports ({@link HeadlineNames});
 *   <li>each name of several words is tagged alike wherever it occurs, and a verb tag inside a name is taken for a
 *       proper noun ({@link TagRepair}).
 * </ul>
 * Time values are resolved against the article's publication date.
 *
 * <p>Thread-safe when its analyzer is.
 */
public final class Annotator implements Stage<Article, AnnotatedArticle> {

    private final LanguageAnalyzer analyzer;
    private final EntityResolver entities;
    private final TimeTagger times = new TimeTagger();

    public Annotator(LanguageAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.entities = new EntityResolver(analyzer.lexicon());
    }

    @Override
    public AnnotatedArticle apply(Article article) {
        List<Integer> blockIndex = new ArrayList<>();
        List<Span> regions = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind().isBody()) {
                blockIndex.add(i);
                regions.add(blocks.get(i).span());
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (TaggedSentence tagged : analyzer.analyze(article.text(), regions)) {
            int first = tokens.size();
            tokens.addAll(tagged.tokens());
            sentences.add(new Sentence(tagged.span(), first, tokens.size(), blockIndex.get(tagged.region())));
        }
        sentences = SentenceRepair.join(sentences, tokens);
        TagRepair.nounsAfterArticles(tokens);
        TagRepair.datelines(tokens, sentences);
        HeadlineNames.untag(tokens, sentences);
        TagRepair.namesAlike(tokens);
        TagRepair.verbsInNames(tokens);
        Optional<LocalDate> reference = article.metadata().published().map(Published::date);
        List<TimeExpression> found = times.tag(article.text(), regions, reference);
        List<Entity> resolved = entities.resolve(article.text(), sentences, tokens);
        return new AnnotatedArticle(article, sentences, tokens, resolved, found);
    }
}
