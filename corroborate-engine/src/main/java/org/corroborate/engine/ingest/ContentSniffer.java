package org.corroborate.engine.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what an input is from its first bytes, never from its name: a web archive ({@code WARC/1.x}),
 * JSON (an array, or one or more objects as in news-please output and JSON Lines), an RSS, RDF or Atom feed,
 * an HTML page, or plain text; or binary data that is none of these. Gzip is recognised and removed before
 * this by the {@link Ingestor}.
 *
 * <p>Thread-safe: holds no state.
 */
final class ContentSniffer {

    /** What a stream holds. */
    enum Kind { WARC, JSON_ARRAY, JSON_OBJECTS, FEED, HTML, TEXT }

    private static final Pattern FEED_ROOT = Pattern.compile("^<(rss|feed|rdf:rdf|rdf)[\\s>/]");
    private static final Pattern HTML_ROOT = Pattern.compile("^<(html|head|body|!doctype html)[\\s>/]");
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(p|div|article|section|main|span|br|h[1-6]|a\\s+href|meta|title|script|style|link|table|ul|ol|li|img"
            + "|figure|header|footer|nav)[\\s>/]");

    private ContentSniffer() {
    }

    /**
     * The kind of a stream that starts with {@code head[0, length)}, read in {@code charset} when one is
     * known; empty when the head is binary data.
     */
    static Optional<Kind> sniff(byte[] head, int length, Optional<Charset> declared) {
        if (startsWithAscii(head, length, "WARC/")) {
            return Optional.of(Kind.WARC);
        }
        if (TextDecoding.binaryKind(head, length).isPresent()) {
            return Optional.empty();
        }
        Charset provisional = TextDecoding.bom(head).map(TextDecoding.Bom::charset)
                .or(() -> TextDecoding.utf16WithoutBom(head, length))
                .or(() -> declared.filter(c -> c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")))
                .orElse(StandardCharsets.ISO_8859_1);
        String text = TextDecoding.decode(head, length, provisional).replace("\uFEFF", "");
        String start = text.stripLeading();
        if (start.startsWith("[")) {
            return Optional.of(Kind.JSON_ARRAY);
        }
        if (start.startsWith("{")) {
            return Optional.of(Kind.JSON_OBJECTS);
        }
        if (!start.startsWith("<")) {
            return Optional.of(Kind.TEXT);
        }
        String root = skipProlog(start.toLowerCase(Locale.ROOT));
        if (FEED_ROOT.matcher(root).find()) {
            return Optional.of(Kind.FEED);
        }
        if (HTML_ROOT.matcher(root).find() || HTML_TAG.matcher(start.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(Kind.HTML);
        }
        return Optional.of(Kind.TEXT);
    }

    /** The markup after any XML declaration, processing instructions, comments and non-HTML doctype. */
    private static String skipProlog(String s) {
        String rest = s;
        for (int guard = 0; guard < 64; guard++) {
            rest = rest.stripLeading();
            if (rest.startsWith("<?")) {
                int end = rest.indexOf("?>");
                if (end < 0) {
                    return rest;
                }
                rest = rest.substring(end + 2);
            } else if (rest.startsWith("<!--")) {
                int end = rest.indexOf("-->");
                if (end < 0) {
                    return rest;
                }
                rest = rest.substring(end + 3);
            } else if (rest.startsWith("<!doctype") && !rest.startsWith("<!doctype html")) {
                int end = rest.indexOf('>');
                int subset = rest.indexOf('[');
                if (subset >= 0 && subset < end) {
                    int close = rest.indexOf(']', subset);
                    end = close < 0 ? -1 : rest.indexOf('>', close);
                }
                if (end < 0) {
                    return rest;
                }
                rest = rest.substring(end + 1);
            } else {
                return rest;
            }
        }
        return rest;
    }

    static boolean startsWithAscii(byte[] head, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
