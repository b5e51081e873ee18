package org.corroborate.engine.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) of at most a given number of chars: a longer line is
 * consumed to its end but not kept, and reported as too long, so one enormous line cannot exhaust memory.
 * Not thread-safe: one reader per stream.
 */
final class LineReader {

    /** One line: its 1-based number, its text (empty when too long) and whether it was too long. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;
    private boolean skipLineFeed;

    LineReader(Reader reader, long maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    number++;
                    return new Line(number, tooLong ? "" : line.toString(), tooLong);
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                number++;
                return new Line(number, tooLong ? "" : line.toString(), tooLong);
            }
            if (!tooLong) {
                if (line.length() >= maxChars) {
                    tooLong = true;
                    line.setLength(0);
                    line.trimToSize();
                } else {
                    line.append(c);
                }
            }
        }
    }
}
