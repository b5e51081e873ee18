package org.corroborate.engine.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * What reading may cost and how pages are fetched, so that a hostile or broken input cannot exhaust memory or
 * hang a run. Validated when built: a bad value is an error naming the setting.
 *
 * @param maxInputBytes the largest single document read, after decompression: a file, one WARC record's
 *                      payload, one JSON object or line, one fetched page; larger ones are reported and skipped.
 *                      A WARC or JSON Lines file as a whole may be larger: it is read as a stream.
 * @param fetchTimeout  how long fetching one URL (or its robots.txt) may take in all, connection to last byte
 * @param maxRedirects  how many HTTP redirects a fetch follows before giving up
 * @param userAgent     the {@code User-Agent} sent with every request; its first word (before "/") is also the
 *                      name looked up in robots.txt
 */
public record IngestLimits(long maxInputBytes, Duration fetchTimeout, int maxRedirects, String userAgent) {

    /** 32 MiB per document, 30 s per fetch, 5 redirects, user agent {@code corroborate/0.1 (+…)}. */
    public static final IngestLimits DEFAULT = new IngestLimits(32L << 20, Duration.ofSeconds(30), 5,
            "corroborate/0.1 (+https://github.com/corroborate/corroborate)");

    public IngestLimits {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
        }
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("fetchTimeout must be positive, was " + fetchTimeout);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, was \"" + userAgent + "\"");
        }
    }

    /** These limits with another largest document. */
    public IngestLimits withMaxInputBytes(long value) {
        return new IngestLimits(value, fetchTimeout, maxRedirects, userAgent);
    }

    public IngestLimits withFetchTimeout(Duration value) {
        return new IngestLimits(maxInputBytes, value, maxRedirects, userAgent);
    }

    public IngestLimits withMaxRedirects(int value) {
        return new IngestLimits(maxInputBytes, fetchTimeout, value, userAgent);
    }

    public IngestLimits withUserAgent(String value) {
        return new IngestLimits(maxInputBytes, fetchTimeout, maxRedirects, value);
    }

    /** The name robots.txt rules are matched against: the user agent's product token, lower case. */
    String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }

    /** The size limit in words a user reads: "32 MiB", "512 KiB", "100 bytes". */
    String describeMaxInput() {
        if (maxInputBytes % (1L << 20) == 0) {
            return (maxInputBytes >> 20) + " MiB";
        }
        if (maxInputBytes % (1L << 10) == 0) {
            return (maxInputBytes >> 10) + " KiB";
        }
        return maxInputBytes + " bytes";
    }
}
