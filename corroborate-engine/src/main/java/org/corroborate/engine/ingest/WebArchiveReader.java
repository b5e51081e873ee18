package org.corroborate.engine.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.corroborate.model.Skipped;
import org.corroborate.model.Unreadable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a web archive (WARC 1.0 or 1.1, as jwarc parses it): {@code response} records whose
 * HTTP status is 2xx and whose content type is HTML, and {@code resource} records of an HTML type. Each page
 * becomes a {@link Document} named {@code <input>#<record number>}, with the record's target URI as its URL,
 * the WARC date as its fetch time, and the charset the HTTP {@code Content-Type} declares; content encodings
 * (gzip, deflate, brotli) are decoded.
 *
 * <p>Records are read one at a time from the stream, so an archive of any size needs memory for one page
 * only. Every other record (requests, metadata, images, redirects, errors) is counted by what it is and
 * reported once, at the end, as one {@link Skipped}. A record over the size limit or one that fails to parse
 * is an {@link Unreadable} naming its number; a truncated or damaged archive ends with an {@code Unreadable}
 * that says after which record. Thread-safe: holds no state but the limits.
 */
final class WebArchiveReader {

    private final BoundedReader bounded;

    WebArchiveReader(IngestLimits limits) {
        this.bounded = new BoundedReader(limits);
    }

    /** Reads the records of {@code in} (already decompressed or not: jwarc recognises gzip itself). */
    void read(String source, InputStream in, Consumer<? super Ingested> sink) {
        Map<String, Integer> skipped = new TreeMap<>();
        int number = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(new Unreadable(source, damage(number, e)));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                String part = source + "#" + number;
                try {
                    record(part, next.get(), skipped).ifPresent(sink);
                } catch (InputTooLargeException e) {
                    sink.accept(new Unreadable(part, "(WARC record " + number + ") " + e.getMessage()));
                } catch (EOFException | ZipException e) {
                    sink.accept(new Unreadable(source, "is truncated or damaged inside WARC record " + number
                            + " (" + message(e) + ")"));
                    break;
                } catch (IOException | RuntimeException e) {
                    sink.accept(new Unreadable(part, "is a WARC record that cannot be read: " + message(e)));
                }
            }
        } catch (IOException e) {
            sink.accept(new Unreadable(source, "is a web archive that cannot be read: " + message(e)));
        }
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            StringBuilder what = new StringBuilder("WARC records that are not HTML pages (");
            skipped.forEach((kind, count) -> what.append(count).append(' ').append(kind).append(", "));
            what.setLength(what.length() - 2);
            sink.accept(new Skipped(source, total, what.append(')').toString()));
        }
    }

    private static String damage(int records, Exception e) {
        return (records == 0 ? "is not a readable web archive" : "is truncated or damaged after WARC record " + records)
                + " (" + message(e) + ")";
    }

    /** The page a record holds, or empty after counting it as skipped. */
    private Optional<Ingested> record(String part, WarcRecord record, Map<String, Integer> skipped) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                skipped.merge("non-HTTP response", 1, Integer::sum);
                return Optional.empty();
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                skipped.merge("HTTP " + http.status(), 1, Integer::sum);
                return Optional.empty();
            }
            MediaType type = http.contentType();
            if (isOther(type)) {
                skipped.merge(describe(type), 1, Integer::sum);
                return Optional.empty();
            }
            byte[] body = bounded.readAll(http.bodyDecoded().stream());
            return page(part, response.target(), response.date(), type, body, skipped);
        }
        if (record instanceof WarcResource resource) {
            MediaType type = resource.contentType();
            if (isOther(type)) {
                skipped.merge(describe(type), 1, Integer::sum);
                return Optional.empty();
            }
            byte[] body = bounded.readAll(resource.body().stream());
            return page(part, resource.target(), resource.date(), type, body, skipped);
        }
        skipped.merge(record.type(), 1, Integer::sum);
        return Optional.empty();
    }

    /**
     * The page in a record's payload. A payload without a usable content type counts as a page when its first
     * bytes look like HTML, as browsers sniff it; otherwise it is skipped as untyped.
     */
    private static Optional<Ingested> page(String part, String target, Instant date, MediaType type, byte[] body,
            Map<String, Integer> skipped) {
        if (body.length == 0) {
            return Optional.of(new Unreadable(part, "is a WARC record with an empty HTML page"));
        }
        if (!isHtml(type) && ContentSniffer.sniff(body, Math.min(body.length, 8192), Optional.empty())
                .filter(k -> k == ContentSniffer.Kind.HTML).isEmpty()) {
            skipped.merge("untyped", 1, Integer::sum);
            return Optional.empty();
        }
        Optional<Charset> declared = Optional.ofNullable(type.parameters().get("charset")).flatMap(TextDecoding::forName);
        Charset charset = TextDecoding.charset(body, body.length, declared, true);
        String html = TextDecoding.decode(body, body.length, charset);
        return Optional.of(new Document(part, uri(target), Optional.of(date), Format.HTML, html, Metadata.EMPTY));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /**
     * A well-formed content type that is not HTML; a missing, malformed or generic
     * ({@code application/octet-stream}) one is decided by the payload. (jwarc's {@code MediaType.isValid()}
     * is false for leniently parsed types, so the form is checked here.)
     */
    private static boolean isOther(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        boolean wellFormed = base.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");
        return wellFormed && !isHtml(type) && !base.equals("application/octet-stream");
    }

    private static String describe(MediaType type) {
        String base = type.base().toString();
        return base.isEmpty() ? "untyped" : base;
    }

    private static Optional<URI> uri(String target) {
        try {
            return Optional.of(new URI(target.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
