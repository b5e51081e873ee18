package org.corroborate.eval.ecbplus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One ECB+ document and the event it reports.
 *
 * @param topic the topic number (1 to 45), shared by the topic's two events
 * @param event the folder, {@code 3ecb} or {@code 3ecbplus}: the gold story; used only to score, never shown
 *              to the clusterer
 */
public record EcbPlusDocument(Path file, int topic, String event) {

    public EcbPlusDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(event, "event");
    }
}
