package org.corroborate.engine.annotate.entity;

import java.util.List;
import java.util.function.Consumer;
import org.corroborate.engine.annotate.HeadlineNames;
import org.corroborate.engine.annotate.Lexicon;
import org.corroborate.model.Entity;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Sentence;
import org.corroborate.model.Token;

/**
 * Finds an article's mentions of people, organisations, places and works (names, descriptions, pronouns) and
 * groups them into entities, each named by the fullest name the article uses.
 *
 * <p>{@link MentionFinder} finds the mentions and reads the links the syntax makes (appositions, roles before
 * names, predicates, possessors, "and"); {@link SpeechContext} reads which quoted text is a title and who speaks
 * each quotation; {@link Resolution} groups names by their words, then resolves descriptions and pronouns by
 * salience, agreement and binding. Every mention's span points into the article's text, and its text is the
 * text there.
 *
 * <p>Thread-safe: holds no state but its lexicon and weights.
 */
public final class EntityResolver {

    private final MentionFinder finder;
    private final PronounWeights weights;

    public EntityResolver() {
        this(Lexicon.NONE);
    }

    public EntityResolver(Lexicon lexicon) {
        this(lexicon, PronounWeights.DEFAULT);
    }

    /** A resolver weighing pronoun cues by {@code weights} instead of the fitted ones: for measuring a new fit. */
    public EntityResolver(Lexicon lexicon, PronounWeights weights) {
        this.finder = new MentionFinder(lexicon);
        this.weights = weights;
    }

    /** The entities of an article's {@code text}, given its sentences and tokens; in order of first mention. */
    public List<Entity> resolve(String text, List<Sentence> sentences, List<Token> tokens) {
        return resolve(text, sentences, tokens, Resolution.NO_OBSERVER);
    }

    /**
     * As {@link #resolve(String, List, List)}, and shows {@code observer} every third-person pronoun's choice as it
     * is made, in reading order (the seam through which {@link PronounWeights} are fitted).
     */
    public List<Entity> resolve(String text, List<Sentence> sentences, List<Token> tokens, Consumer<PronounChoice> observer) {
        SpeechContext speech = SpeechContext.scan(text, sentences);
        List<Site> sites = finder.find(text, sentences, tokens, speech.titleTokens(tokens));
        boolean[] headline = HeadlineNames.inTitleCase(tokens, sentences);
        for (Site s : sites) {
            s.inHeadline = s.kind == MentionKind.PRONOUN && headline[s.sentence];
        }
        SpeechContext linked = speech.link(sites, tokens, sentences);
        return new Resolution(text, sites, linked, weights, PronounAttention.of(text, sentences), observer).run();
    }
}
