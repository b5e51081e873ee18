package org.corroborate.engine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream to its end into memory, but never more than {@link IngestLimits#maxInputBytes()}: past the
 * limit it stops and throws {@link InputTooLargeException}, so a 100 MB page costs at most the limit in
 * memory. Thread-safe: holds no state but the limits.
 */
final class BoundedReader {

    private final IngestLimits limits;

    BoundedReader(IngestLimits limits) {
        this.limits = limits;
    }

    /** The stream's bytes, in an array exactly as long as them. */
    byte[] readAll(InputStream in) throws IOException {
        return readAll(in, new byte[0], 0);
    }

    /** {@code prefix[0, prefixLength)} followed by the rest of the stream. */
    byte[] readAll(InputStream in, byte[] prefix, int prefixLength) throws IOException {
        long max = limits.maxInputBytes();
        if (prefixLength > max) {
            throw new InputTooLargeException(limits);
        }
        byte[] buffer = Arrays.copyOf(prefix, (int) Math.min(max + 1, Math.max(prefixLength + 8192L, 1L << 16)));
        int length = prefixLength;
        while (true) {
            if (length == buffer.length) {
                if (length > max) {
                    throw new InputTooLargeException(limits);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, Math.min((long) buffer.length * 2, Integer.MAX_VALUE - 8)));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
            if (length > max) {
                throw new InputTooLargeException(limits);
            }
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }
}
