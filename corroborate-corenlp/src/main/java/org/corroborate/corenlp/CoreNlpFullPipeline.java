package org.corroborate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own full pipeline with quote attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,
 * quote}, default models and settings): the baseline Corroborate's benchmark measures itself against. It
 * needs a heap of about 2 GB and takes tens of seconds to load. Thread-safe, as CoreNLP pipelines are.
 */
public final class CoreNlpFullPipeline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public CoreNlpFullPipeline() {
        CoreNlpLogging.quiet();
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates {@code text} fully and returns its number of tokens. */
    public int annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** The number of tokens CoreNLP's tokenizer finds in {@code text}: the benchmark's common measure. */
    public static int countTokens(String text) {
        Annotation annotation = new Annotation(text);
        TokenizerHolder.TOKENIZER.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private static final class TokenizerHolder {
        static final StanfordCoreNLP TOKENIZER;

        static {
            CoreNlpLogging.quiet();
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize");
            TOKENIZER = new StanfordCoreNLP(props);
        }
    }
}
