package org.corroborate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.corroborate.engine.annotate.LanguageAnalyzer;
import org.corroborate.engine.annotate.Lexicon;
import org.corroborate.engine.annotate.TaggedSentence;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * Tokens, sentences, POS tags, lemmas and the CoNLL four-class named-entity tags (PERSON, ORGANIZATION,
 * LOCATION, MISC) from CoreNLP's {@code tokenize,ssplit,pos,lemma,ner}.
 *
 * <p>Only the statistical four-class CRF runs in {@code ner}: SUTime, the numeric classifiers, fine-grained
 * classes and the KBP gazetteer are off, because Corroborate resolves time itself and, measured on the seeds,
 * they triple NER time (DESIGN.md). Each region is annotated on its own, so no sentence crosses a paragraph,
 * and every line break ends a sentence, as it does in scraped text.
 *
 * <p>Loading takes a few seconds and about 150 MB of heap; build one and share it. Thread-safe.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;
    private final Lexicon lexicon = new CoreNlpNameGenders();

    public CoreNlpAnalyzer() {
        CoreNlpLogging.quiet();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        // Keep "Iglesias'" and "don't" as the text has them in originalText; split hyphens as in PTB.
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", NER_MODEL);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.statisticalOnly", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public List<TaggedSentence> analyze(String text, List<Span> regions) {
        List<TaggedSentence> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Span region = regions.get(r);
            Annotation annotation = new Annotation(region.of(text));
            pipeline.annotate(annotation);
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<Token> tokens = new ArrayList<>();
                for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    int start = region.start() + label.beginPosition();
                    int end = region.start() + label.endPosition();
                    if (end <= start) {
                        continue;
                    }
                    String ner = label.ner() == null ? "O" : label.ner();
                    String lemma = label.lemma() == null ? label.word() : label.lemma();
                    tokens.add(new Token(new Span(start, end), text.substring(start, end), label.tag(), lemma, ner));
                }
                if (!tokens.isEmpty()) {
                    out.add(new TaggedSentence(r, tokens));
                }
            }
        }
        return out;
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public String describe() {
        return "CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner (CoNLL 4-class CRF)";
    }
}
