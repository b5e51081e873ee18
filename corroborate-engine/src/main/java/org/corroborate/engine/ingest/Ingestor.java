package org.corroborate.engine.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.corroborate.model.Unreadable;

/**
 * Reads one {@link Input} into the documents it holds, recognising the format by content, not by name:
 * gzip (by its magic bytes) of any of the others; news-please JSON (one object with a {@code text} or
 * {@code maintext} field) and JSON Lines of such objects; HTML; and plain text in UTF-8, UTF-16 with a BOM
 * or windows-1252.
 *
 * <p>Bad content never throws: an empty, binary, oversized, truncated or malformed input becomes an
 * {@link Unreadable} naming the problem, and a JSON Lines file with one bad line yields its good lines and one
 * {@code Unreadable} for the bad one. Thread-safe once built.
 */
public final class Ingestor {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final IngestLimits limits;

    public Ingestor(IngestLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code input} and hands each document, or each problem, to {@code sink} in input order. */
    public void ingest(Input input, InputStream stdin, Consumer<? super Ingested> sink) {
        byte[] bytes;
        try (InputStream in = input.path().isPresent() ? Files.newInputStream(input.path().get()) : stdin) {
            bytes = readBounded(in);
        } catch (TooLarge e) {
            sink.accept(new Unreadable(input.name(), e.getMessage()));
            return;
        } catch (IOException e) {
            sink.accept(new Unreadable(input.name(), "cannot be read: " + e.getMessage()));
            return;
        }
        ingest(input.name(), bytes, sink);
    }

    /** Reads content already in memory, named {@code source} in every message. */
    public void ingest(String source, byte[] bytes, Consumer<? super Ingested> sink) {
        if (TextDecoding.startsWith(bytes, 0x1F, 0x8B)) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = readBounded(in);
            } catch (TooLarge e) {
                sink.accept(new Unreadable(source, e.getMessage()));
                return;
            } catch (IOException e) {
                sink.accept(new Unreadable(source, "is a damaged or truncated gzip file (" + e.getMessage() + ")"));
                return;
            }
        }
        if (bytes.length == 0) {
            sink.accept(new Unreadable(source, "is empty (0 bytes)"));
            return;
        }
        Optional<String> decoded = TextDecoding.decode(bytes, Optional.empty());
        if (decoded.isEmpty()) {
            sink.accept(new Unreadable(source, "looks like a binary file, not text, HTML or JSON"));
            return;
        }
        String text = decoded.get();
        if (text.isBlank()) {
            sink.accept(new Unreadable(source, "holds only white space"));
            return;
        }
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            readJson(source, text, sink);
        } else if (looksLikeHtml(head)) {
            sink.accept(new Document(source, Optional.empty(), Optional.empty(), Format.HTML, text, Metadata.EMPTY));
        } else {
            sink.accept(Document.text(source, text));
        }
    }

    private void readJson(String source, String text, Consumer<? super Ingested> sink) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    sink.accept(newsPlease(source + "#" + (i + 1), node.get(i)));
                }
            } else {
                sink.accept(newsPlease(source, node));
            }
            return;
        } catch (JsonProcessingException notOneValue) {
            // JSON Lines, or broken JSON: read line by line below
        }
        String[] lines = text.split("\r?\n");
        boolean anyJsonLine = false;
        List<Ingested> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String lineSource = source + "#" + (i + 1);
            try {
                out.add(newsPlease(lineSource, JSON.readTree(line)));
                anyJsonLine = true;
            } catch (JsonProcessingException e) {
                out.add(new Unreadable(lineSource, "is not valid JSON: " + e.getOriginalMessage()
                        + " (line " + (i + 1) + ", column " + e.getLocation().getColumnNr() + ")"));
            }
        }
        if (!anyJsonLine) {
            sink.accept(new Unreadable(source, "starts like JSON but is neither a JSON document nor JSON Lines"));
            return;
        }
        out.forEach(sink);
    }

    private static Ingested newsPlease(String source, JsonNode node) {
        if (!node.isObject()) {
            return new Unreadable(source, "is JSON but not an object with a \"text\" field (news-please format)");
        }
        JsonNode text = node.hasNonNull("text") ? node.get("text") : node.get("maintext");
        if (text == null || !text.isTextual()) {
            return new Unreadable(source, "is a JSON object without a \"text\" or \"maintext\" string (news-please format)");
        }
        Optional<URI> url = string(node, "url").flatMap(Ingestor::uri);
        List<String> authors = new ArrayList<>();
        if (node.path("authors").isArray()) {
            node.get("authors").forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    authors.add(a.asText().strip());
                }
            });
        }
        Metadata hints = new Metadata(
                string(node, "title"),
                authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors)),
                string(node, "source_domain"),
                string(node, "date_publish").flatMap(PublicationDates::parse),
                string(node, "language"));
        return new Document(source, url, string(node, "date_download").flatMap(PublicationDates::parse)
                .map(p -> p.moment().map(java.time.OffsetDateTime::toInstant)
                        .orElse(p.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())),
                Format.TEXT, text.asText(), hints);
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<URI> uri(String value) {
        try {
            return Optional.of(new URI(value.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** HTML when the text opens with a doctype, a comment or a tag that only pages use. */
    static boolean looksLikeHtml(String head) {
        String start = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<!--") && start.contains("<html")
                || start.startsWith("<?xml") && start.contains("<html")
                || start.startsWith("<") && (start.contains("<p>") || start.contains("<div") || start.contains("<article"));
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limits.maxInputBytes()) {
                throw new TooLarge("is larger than the limit of " + (limits.maxInputBytes() >> 20)
                        + " MiB (raise it with --max-input-mb)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** An input over the size limit; its message is complete. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }
}
