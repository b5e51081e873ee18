package org.corroborate.eval.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * A stream of invented, already analysed articles for measuring clustering at scale: each story has its own
 * names and words, drawn with Zipf's law from pools that grow with the stream, and its articles mix them with
 * words common to all news; stories open one after another, five articles each, their articles spread over three
 * days, about 200 articles a day. Deterministic for a seed. Not thread-safe.
 */
final class SyntheticNews {

    private static final int ARTICLES_PER_STORY = 5;
    private static final int ARTICLES_PER_DAY = 200;
    private static final int COMMON_WORDS = 5_000;

    private final Random random;
    private final LocalDate start = LocalDate.of(2020, 1, 1);

    SyntheticNews(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} articles in arrival order: story {@code i} opens at article {@code 5 i}, give or take. */
    List<ArticleFacts> articles(int n) {
        int stories = Math.max(1, n / ARTICLES_PER_STORY);
        List<List<String>> names = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            names.add(List.of(name(), name(), name()));
            List<String> own = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                own.add("topic" + zipf(20 * stories + 100));
            }
            words.add(own);
        }
        List<ArticleFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Mostly the newest stories, sometimes one a few hundred articles back.
            int story = Math.min(stories - 1, Math.max(0, i / ARTICLES_PER_STORY - (int) Math.abs(random.nextGaussian() * 20)));
            out.add(article(i, names.get(story), words.get(story), start.plusDays(i / ARTICLES_PER_DAY)));
        }
        return out;
    }

    private ArticleFacts article(int i, List<String> names, List<String> own, LocalDate day) {
        List<String> words = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            double r = random.nextDouble();
            if (r < 0.12) {
                words.add(names.get(random.nextInt(names.size())));
                named.add(true);
            } else if (r < 0.45) {
                words.add(own.get(random.nextInt(own.size())));
                named.add(false);
            } else {
                words.add("word" + zipf(COMMON_WORDS));
                named.add(false);
            }
            if (k % 20 == 19) {
                words.add(".");
                named.add(false);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStart = 0;
        int firstToken = 0;
        for (int k = 0; k < words.size(); k++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int at = text.length();
            String w = words.get(k);
            text.append(w);
            Span span = new Span(at, text.length());
            boolean isName = named.get(k);
            tokens.add(new Token(span, w, isName ? "NNP" : w.equals(".") ? "." : "NN", w, isName ? "PERSON" : "O"));
            if (isName) {
                entities.add(new Entity("e" + entities.size(), w, EntityType.PERSON, Gender.UNKNOWN, List.of(),
                        List.of(new Mention(span, w, MentionKind.NAME))));
            }
            if (w.equals(".")) {
                sentences.add(new Sentence(new Span(sentenceStart, text.length()), firstToken, tokens.size(), 0));
                sentenceStart = text.length() + 1;
                firstToken = tokens.size();
            }
        }
        String body = text.toString();
        Article article = new Article("a" + i, "synthetic-" + i, Optional.empty(),
                Metadata.EMPTY.withPublished(Optional.of(Published.on(day))), body,
                List.of(new Block(new Span(0, body.length()), BlockKind.PARAGRAPH)));
        return new ArticleFacts(new AnnotatedArticle(article, sentences, tokens, entities, List.of()), List.of(), List.of());
    }

    private String name() {
        StringBuilder b = new StringBuilder("Name");
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** A rank from 1 to {@code n}, rank r drawn with probability proportional to 1 / r. */
    private int zipf(int n) {
        double harmonic = Math.log(n) + 0.5772;
        double u = random.nextDouble() * harmonic;
        return (int) Math.min(n, Math.max(1, Math.round(Math.exp(u - 0.5772))));
    }
}
