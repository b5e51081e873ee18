package org.corroborate.engine.ingest;

import java.io.IOException;

/** A document over {@link IngestLimits#maxInputBytes()}; its message is complete and names the limit. */
final class InputTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    InputTooLargeException(IngestLimits limits) {
        super("is larger than the limit of " + limits.describeMaxInput()
                + " for one document (raise it with --max-input-mb)");
    }
}
