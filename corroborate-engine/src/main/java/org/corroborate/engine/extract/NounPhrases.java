package org.corroborate.engine.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * The subject of a verb from part-of-speech tags alone, without a parse: the entity mention that ends right
 * before the verb (past adverbs and auxiliaries, and past an apposition such as ", 61," or ", a spokeswoman for
 * the health authority,"), else a description the article has not resolved to an entity ("the innovative R&B
 * star", "The 61-year-old"), which the story-level step may still align with a named entity.
 */
final class NounPhrases {

    /** A subject: where it stands, its name (the entity's canonical name, else the words), and the entity. */
    record Found(Span span, String name, Optional<Entity> entity) {
    }

    private static final Set<EntityType> WHO = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.WORK, EntityType.OTHER);
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "get", "do", "will", "would", "could", "can", "may",
            "might", "must", "shall", "should");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> ANY_DETERMINER = Set.of("the", "this", "that", "a", "an");
    private static final int MAX_APPOSITION = 12;

    private NounPhrases() {
    }

    /**
     * The subject of the verb at token {@code verb}. With {@code speakers}, bare plurals and indefinite
     * descriptions count too ("police said", "A company spokeswoman said"), as they do for who speaks but not
     * for whom an event happened to.
     */
    static Optional<Found> subjectBefore(AnnotatedArticle a, MentionIndex mentions, Sentence sentence, int verb, boolean speakers) {
        List<Token> tokens = a.tokens();
        int j = verb - 1;
        while (j >= sentence.firstToken() && isAdverbOrAuxiliary(tokens.get(j))) {
            j--;
        }
        j = skipApposition(tokens, sentence, j);
        if (j > sentence.firstToken() && tokens.get(j).text().equals(",")) {
            j--; // "The mill, built in 1887, …": a participle after a comma is said of the phrase before it
        }
        if (j < sentence.firstToken()) {
            return Optional.empty();
        }
        Token last = tokens.get(j);
        Optional<MentionIndex.Placed> mention = mentions.lastBefore(last.span().end(), tokens.get(sentence.firstToken()).span().start(), WHO)
                .filter(p -> p.span().end() >= last.span().start() && p.span().end() <= last.span().end());
        if (mention.isPresent()) {
            MentionIndex.Placed p = mention.get();
            // "Deputy Chief Saoirse Bannon of Port Calloway Fire and Rescue said": the person, not her service.
            Optional<MentionIndex.Placed> person = p.entity().type() == EntityType.ORGANIZATION
                    ? ofOrganisation(a, mentions, sentence, p) : Optional.empty();
            MentionIndex.Placed subject = person.orElse(p);
            return Optional.of(new Found(subject.span(), subject.entity().name(), Optional.of(subject.entity())));
        }
        return description(a, sentence, j, speakers);
    }

    /** The person named just before "of ORGANISATION", if one is. */
    private static Optional<MentionIndex.Placed> ofOrganisation(AnnotatedArticle a, MentionIndex mentions, Sentence sentence,
            MentionIndex.Placed organisation) {
        String text = a.article().text();
        int from = tokensStart(a, sentence);
        Optional<MentionIndex.Placed> person = mentions.lastBefore(organisation.span().start(), from, Set.of(EntityType.PERSON));
        return person.filter(p -> text.substring(p.span().end(), organisation.span().start()).matches("\\s+of\\s+(?:the\\s+)?"));
    }

    private static int tokensStart(AnnotatedArticle a, Sentence sentence) {
        return a.tokens().get(sentence.firstToken()).span().start();
    }

    /** A description ending at token {@code head}: "the innovative R&B star", "The "We Need a Resolution" singer". */
    static Optional<Found> description(AnnotatedArticle a, Sentence sentence, int head, boolean speakers) {
        List<Token> tokens = a.tokens();
        Token h = tokens.get(head);
        boolean commonHead = h.pos().equals("NN") || h.text().toLowerCase(Locale.ROOT).endsWith("-year-old")
                || speakers && h.pos().equals("NNS");
        if (!commonHead) {
            return Optional.empty();
        }
        int k = head - 1;
        while (k >= sentence.firstToken()) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (isQuoteMark(t)) {
                // A title in quotation marks as a modifier: "The "We Need a Resolution" singer". The tagger marks
                // straight quotes as opening ones on both sides, so any mark closes the one before it.
                int open = k - 1;
                while (open >= sentence.firstToken() && !isQuoteMark(tokens.get(open)) && k - open < 8) {
                    open--;
                }
                if (open < sentence.firstToken() || !isQuoteMark(tokens.get(open))) {
                    return Optional.empty();
                }
                k = open - 1;
                continue;
            }
            if (ANY_DETERMINER.contains(w) && t.pos().equals("DT")) {
                if (!DEFINITE.contains(w) && !speakers) {
                    return Optional.empty();
                }
                return Optional.of(found(a, k, head));
            }
            if (!isModifier(t)) {
                break;
            }
            k--;
        }
        // No determiner: only a speaker may be a bare noun ("police said", "Workers said").
        if (speakers && k + 1 == head && (h.pos().equals("NNS") || h.pos().equals("NN"))) {
            return Optional.of(found(a, head, head));
        }
        return Optional.empty();
    }

    private static Found found(AnnotatedArticle a, int first, int last) {
        Span span = new Span(a.tokens().get(first).span().start(), a.tokens().get(last).span().end());
        return new Found(span, span.of(a.article().text()), Optional.empty());
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH")
                || pos.equals("VBN") || pos.equals("VBG");
    }

    private static boolean isAdverbOrAuxiliary(Token t) {
        return t.pos().startsWith("RB") || t.pos().equals("MD")
                || t.pos().startsWith("VB") && AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Back past ", 61," or ", a spokeswoman for the health authority," to the token before the first comma. */
    private static int skipApposition(List<Token> tokens, Sentence sentence, int j) {
        if (j < sentence.firstToken() || !tokens.get(j).text().equals(",")) {
            return j;
        }
        for (int open = j - 1; open >= Math.max(sentence.firstToken(), j - MAX_APPOSITION); open--) {
            if (tokens.get(open).text().equals(",")) {
                Token first = tokens.get(open + 1);
                boolean apposition = open + 1 < j && (first.pos().equals("CD") || first.pos().equals("DT") || first.pos().equals("PRP$"));
                return apposition ? open - 1 : j;
            }
        }
        return j;
    }

    private static boolean isQuoteMark(Token t) {
        return t.pos().equals("``") || t.pos().equals("''") || "\"“”‘".contains(t.text());
    }
}
