package org.corroborate.corenlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * Keeps CoreNLP's logger to errors: by default it prints a line for every annotator and model it loads, which
 * would bury a command's own output.
 */
final class CoreNlpLogging {

    private static volatile boolean done;

    private CoreNlpLogging() {
    }

    static void quiet() {
        if (!done) {
            synchronized (CoreNlpLogging.class) {
                if (!done) {
                    RedwoodConfiguration.errorLevel().apply();
                    done = true;
                }
            }
        }
    }
}
