package org.corroborate.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimValue;
import org.corroborate.model.Cue;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteDifference;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteKind;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Stance;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.StoryReport;
import org.corroborate.model.TextReuse;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
import org.corroborate.model.Token;
import org.corroborate.model.ValueKind;
import org.corroborate.model.Verdict;
import org.corroborate.model.WordEdit;

/**
 * Invented articles and stories, built record by record, that exercise every field the store must keep:
 * present and absent optionals, a publication moment with a non-UTC offset and fractional seconds, a URL
 * with an escaped character, text outside the Basic Multilingual Plane, boilerplate and caption blocks.
 * Article {@code n} is the same record every time it is built.
 */
final class Samples {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private Samples() {
    }

    static ArticleFacts article(int n) {
        String title = "Harbour wall " + n + " opens after storm delays";
        String lead = "Mara Quint, the harbour engineer, said the new sea wall would open on March 3, 2024."
                + " Crowds at the Café Brisa 🌊 cheered.";
        String quoteLine = "\"We tested every gate " + (n + 2) + " times,\" Quint told the Coastline Gazette.";
        String caption = "Photo: the wall at dawn.";
        String notice = "Subscribe to our newsletter.";
        String text = String.join("\n\n", title, lead, quoteLine, caption, notice);

        List<Block> blocks = List.of(
                new Block(find(text, title, 0), BlockKind.TITLE),
                new Block(find(text, lead, 0), BlockKind.PARAGRAPH),
                new Block(find(text, quoteLine, 0), BlockKind.PARAGRAPH),
                new Block(find(text, caption, 0), BlockKind.CAPTION),
                new Block(find(text, notice, 0), BlockKind.NEWSLETTER));

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            Span span = blocks.get(b).span();
            int first = tokens.size();
            Matcher m = WORD.matcher(text).region(span.start(), span.end());
            while (m.find()) {
                String word = m.group();
                boolean named = word.startsWith("Mara") || word.startsWith("Quint");
                tokens.add(new Token(new Span(m.start(), m.end()), word,
                        Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN", word.toLowerCase(),
                        named ? "PERSON" : "O"));
            }
            sentences.add(new Sentence(span, first, tokens.size(), b));
        }

        Span maraQuint = find(text, "Mara Quint", 0);
        Span engineer = find(text, "the harbour engineer", 0);
        Span quint = find(text, "Quint told", 0);
        quint = new Span(quint.start(), quint.start() + "Quint".length());
        Span gazette = find(text, "Coastline Gazette", 0);
        Entity person = new Entity("e1", "Mara Quint", EntityType.PERSON, Gender.FEMALE,
                List.of("harbour engineer"),
                List.of(new Mention(maraQuint, "Mara Quint", MentionKind.NAME),
                        new Mention(engineer, "the harbour engineer", MentionKind.NOMINAL),
                        new Mention(quint, "Quint", MentionKind.NAME)));
        Entity outlet = new Entity("e2", "Coastline Gazette", EntityType.ORGANIZATION, Gender.NEUTER, List.of(),
                List.of(new Mention(gazette, "Coastline Gazette", MentionKind.NAME)));

        Span date = find(text, "March 3, 2024", 0);
        TimeExpression time = new TimeExpression(date, "March 3, 2024", TimeKind.DATE, "2024-03-03");

        Span reported = find(text, "the new sea wall would open on March 3, 2024", 0);
        Quote indirect = new Quote(reported, text.substring(reported.start(), reported.end()), QuoteKind.INDIRECT,
                Optional.of(new Speaker(maraQuint, "Mara Quint", Optional.of("Mara Quint"), Optional.of("e1"))),
                Optional.of(new Cue(find(text, "said", 0), "said")),
                Optional.empty(), Optional.empty());
        Span words = find(text, "We tested every gate " + (n + 2) + " times,", 0);
        Quote direct = new Quote(words, text.substring(words.start(), words.end()), QuoteKind.DIRECT,
                Optional.of(new Speaker(quint, "Quint", Optional.of("Mara Quint"), Optional.of("e1"))),
                Optional.of(new Cue(find(text, "told", 0), "told")),
                Optional.of("Coastline Gazette"),
                n % 2 == 0 ? Optional.empty() : Optional.of("Harbour Weekly"));

        Claim claim = new Claim(sentences.get(1).span(), "sea wall", Optional.empty(), "opening date",
                new ClaimValue("March 3, 2024", "2024-03-03", ValueKind.DATE),
                Optional.of(new Attribution("Mara Quint", n % 2 == 0 ? Optional.empty() : Optional.of("Coastline Gazette"))));

        Metadata metadata = new Metadata(Optional.of(title),
                n % 2 == 0 ? Optional.of("By Ines Varga") : Optional.empty(),
                n % 5 == 4 ? Optional.empty() : Optional.of(n % 2 == 0 ? "Coastline Gazette" : "Harbour Weekly"),
                published(n), Optional.of("en"));
        Optional<URI> url = n % 2 == 0
                ? Optional.of(URI.create("https://coastline.example/news/wall-%C3%BC-" + n + "?ref=feed&page=2"))
                : Optional.empty();
        Article article = new Article(id(text), "inputs/wall-" + n + ".txt", url, metadata, text, blocks);
        AnnotatedArticle annotated = new AnnotatedArticle(article, sentences, tokens, List.of(person, outlet),
                List.of(time));
        return new ArticleFacts(annotated, List.of(indirect, direct), List.of(claim));
    }

    /** Article {@code n} as a newer engine might analyse it: same text and id, the indirect quote dropped. */
    static ArticleFacts reanalysed(int n) {
        ArticleFacts first = article(n);
        return new ArticleFacts(first.annotated(), first.quotes().subList(1, 2), first.claims());
    }

    /** A story over the given articles, as the reconcile stage might report it. */
    static StoryReport story(List<ArticleFacts> articles) {
        List<String> ids = articles.stream().map(a -> a.article().id()).toList();
        List<QuoteVariant> variants = new ArrayList<>();
        List<FactSource> sources = new ArrayList<>();
        for (ArticleFacts a : articles) {
            Quote direct = a.quotes().get(a.quotes().size() - 1);
            variants.add(new QuoteVariant(a.article().id(), direct.span(), direct.text()));
            sources.add(new FactSource(a.article().id(), Stance.STATES, "2024-03-03", a.claims().get(0).span(),
                    a.claims().get(0).attribution().flatMap(Attribution::via)));
        }
        List<QuoteDifference> differences = new ArrayList<>();
        List<TextReuse> reuse = new ArrayList<>();
        for (int i = 1; i < articles.size(); i++) {
            differences.add(new QuoteDifference(ids.get(i), ids.get(0),
                    List.of(new WordEdit(Integer.toString(2), Integer.toString(i + 2)), new WordEdit("", "really"))));
            reuse.add(new TextReuse(ids.get(0), articles.get(0).annotated().sentences().get(1).span(), ids.get(i),
                    articles.get(i).annotated().sentences().get(1).span(), 0.8731 + i / 1000.0));
        }
        Fact fact = new Fact("The sea wall opens on 2024-03-03", "sea wall", "opening date", "2024-03-03",
                articles.size() > 1 ? Verdict.AGREED : Verdict.SINGLE_SOURCE, Math.max(1, articles.size() - 1),
                sources);
        return new StoryReport("s" + ids.get(0), articles.get(0).article().metadata().title().orElseThrow(), ids,
                List.of(new StoryEntity("Mara Quint", EntityType.PERSON, List.of("Quint", "the harbour engineer"),
                        ids)),
                List.of(new QuoteGroup(Optional.of("Mara Quint"), variants, differences)),
                List.of(fact), reuse);
    }

    /** Dated with a moment, with a date only, or not at all; days vary so that dates order stories. */
    private static Optional<Published> published(int n) {
        int day = 1 + n % 27;
        return switch (n % 3) {
            case 0 -> Optional.of(Published.at(
                    OffsetDateTime.of(2024, 3, day, 9, 15, 30, 500_000_000, ZoneOffset.ofHours(2))));
            case 1 -> Optional.of(Published.on(LocalDate.of(2024, 3, day)));
            default -> Optional.empty();
        };
    }

    private static Span find(String text, String part, int from) {
        int start = text.indexOf(part, from);
        if (start < 0) {
            throw new IllegalStateException("sample text lacks '" + part + "'");
        }
        return new Span(start, start + part.length());
    }

    /** Like the engine's article ids: a prefix of the SHA-256 of the content. */
    private static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
