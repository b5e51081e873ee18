package org.corroborate.engine.ingest;

/**
 * Bounds on what one input may cost, so that a hostile or broken file cannot exhaust memory.
 *
 * @param maxInputBytes the largest input read, after decompression; larger ones are reported and skipped
 */
public record IngestLimits(long maxInputBytes) {

    public static final IngestLimits DEFAULT = new IngestLimits(32L << 20);

    public IngestLimits {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
        }
    }
}
