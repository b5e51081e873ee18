package org.corroborate.engine.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.corroborate.model.Unreadable;

/**
 * Reads news-please output: one JSON object per article with {@code text} (or {@code maintext}, the name
 * news-please 1.5 and later use), {@code title}, {@code authors}, {@code date_publish}, {@code url},
 * {@code source_domain}, {@code language} and {@code date_download}; in a file of its own (pretty-printed or
 * not), several in a row, one per line (JSON Lines), or in an array. The {@code text} becomes the article's
 * text verbatim (plain text); the other fields become the document's metadata hints.
 *
 * <p>Streaming: objects are parsed and handed on one at a time, so a JSON Lines file of any length needs
 * memory for one object. In a JSON Lines file a bad line is an {@link Unreadable} naming its line and the
 * other lines still count. A file of one object names its document after the file; several are named
 * {@code <file>#<line>} (or {@code #<index>} in an array). Thread-safe: holds no state but the limits.
 */
final class NewsPleaseReader {

    private final IngestLimits limits;
    private final ObjectMapper json;

    NewsPleaseReader(IngestLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16))
                        .build())
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        this.json = new ObjectMapper(factory);
    }

    /** Reads a JSON array of news-please objects, element by element. */
    void readArray(String source, Reader reader, Consumer<? super Ingested> sink) {
        int index = 0;
        try (JsonParser parser = json.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                sink.accept(new Unreadable(source, "is not a JSON array"));
                return;
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    sink.accept(new Unreadable(source, "ends inside its JSON array, after element " + index
                            + " (is it truncated?)"));
                    return;
                }
                index++;
                JsonNode node = parser.readValueAsTree();
                sink.accept(article(source + "#" + index, node));
            }
        } catch (JsonProcessingException e) {
            sink.accept(new Unreadable(source, "is not valid JSON after element " + index + ": "
                    + e.getOriginalMessage() + location(e)));
        } catch (IOException e) {
            sink.accept(new Unreadable(source, "cannot be read after JSON element " + index + ": " + e.getMessage()));
        }
    }

    /**
     * Reads one or more JSON objects: JSON Lines when the first object ends on its first line (then every line
     * is read on its own), else objects that may span lines, found by counting braces outside strings.
     */
    void readObjects(String source, Reader reader, Consumer<? super Ingested> sink) {
        LineReader lines = new LineReader(reader, limits.maxInputBytes());
        Deferred first = new Deferred(source, sink);
        boolean jsonLines = false;
        StringBuilder pending = null;
        BraceCounter braces = null;
        int startLine = 0;
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                int lineNumber = line.number();
                if (line.tooLong()) {
                    first.accept(new Unreadable(source + "#" + lineNumber,
                            "(line " + lineNumber + ") " + new InputTooLargeException(limits).getMessage()));
                    pending = null;
                    continue;
                }
                String text = line.text();
                if (pending == null) {
                    if (text.isBlank()) {
                        continue;
                    }
                    if (jsonLines) {
                        first.accept(parse(source + "#" + lineNumber, text, lineNumber));
                        continue;
                    }
                    braces = new BraceCounter();
                    braces.feed(text);
                    if (braces.closed()) {
                        jsonLines = first.count() == 0;
                        first.accept(parse(source + "#" + lineNumber, text, lineNumber));
                    } else {
                        pending = new StringBuilder(text);
                        startLine = lineNumber;
                    }
                } else {
                    pending.append('\n').append(text);
                    braces.feed(text);
                    if (pending.length() > limits.maxInputBytes()) {
                        first.accept(new Unreadable(source + "#" + startLine, "(the object on line "
                                + startLine + ") " + new InputTooLargeException(limits).getMessage()));
                        sink.accept(new Unreadable(source, "stops being read at line " + lineNumber
                                + ", inside an object too large to read"));
                        return;
                    }
                    if (braces.closed()) {
                        first.accept(parse(source + "#" + startLine, pending.toString(), startLine));
                        pending = null;
                    }
                }
            }
        } catch (IOException e) {
            first.finish();
            sink.accept(new Unreadable(source, "cannot be read: " + e.getMessage()));
            return;
        }
        first.finish();
        if (pending != null) {
            sink.accept(new Unreadable(source, "ends inside the JSON object that starts on line " + startLine
                    + " (is it truncated?)"));
        } else if (first.count() == 0) {
            sink.accept(new Unreadable(source, "starts like JSON but holds no JSON object"));
        }
    }

    private Ingested parse(String name, String text, int line) {
        try {
            return article(name, json.readTree(text));
        } catch (JsonProcessingException e) {
            return new Unreadable(name, "is not valid JSON: " + e.getOriginalMessage() + " (line " + line
                    + (e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr()) + ")");
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The document a news-please object describes, or why it describes none. */
    static Ingested article(String source, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Unreadable(source, "is JSON but not an object with a \"text\" field (news-please format)");
        }
        JsonNode text = node.hasNonNull("text") ? node.get("text") : node.get("maintext");
        if (text == null || !text.isTextual()) {
            return new Unreadable(source,
                    "is a JSON object without a \"text\" or \"maintext\" string (news-please format)");
        }
        if (text.asText().isBlank()) {
            return new Unreadable(source, "is a news-please object whose text is empty");
        }
        List<String> authors = new ArrayList<>();
        JsonNode list = node.path("authors");
        if (list.isArray()) {
            list.forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    authors.add(a.asText().strip());
                }
            });
        } else if (list.isTextual() && !list.asText().isBlank()) {
            authors.add(list.asText().strip());
        }
        Metadata hints = new Metadata(
                string(node, "title"),
                authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors)),
                string(node, "source_domain"),
                string(node, "date_publish").flatMap(PublicationDates::parse),
                string(node, "language"));
        Optional<Instant> downloaded = string(node, "date_download").flatMap(PublicationDates::parse)
                .map(p -> p.moment().map(java.time.OffsetDateTime::toInstant)
                        .orElse(p.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        return new Document(source, string(node, "url").flatMap(NewsPleaseReader::uri), downloaded, Format.TEXT,
                text.asText(), hints);
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<URI> uri(String value) {
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Holds back the first result, so that a file of a single object can name it after the file rather than
     * {@code file#1}.
     */
    private static final class Deferred {
        private final String source;
        private final Consumer<? super Ingested> sink;
        private Ingested held;
        private int count;

        Deferred(String source, Consumer<? super Ingested> sink) {
            this.source = source;
            this.sink = sink;
        }

        void accept(Ingested result) {
            count++;
            if (count == 1) {
                held = result;
                return;
            }
            if (held != null) {
                sink.accept(held);
                held = null;
            }
            sink.accept(result);
        }

        int count() {
            return count;
        }

        /** Hands on the held result, renamed after the whole file when it was the only one. */
        void finish() {
            if (held == null) {
                return;
            }
            Ingested only = held;
            held = null;
            if (only instanceof Document d) {
                sink.accept(new Document(source, d.url(), d.fetchedAt(), d.format(), d.content(), d.hints()));
            } else if (only instanceof Unreadable u) {
                sink.accept(new Unreadable(source, u.reason()));
            } else {
                sink.accept(only);
            }
        }
    }

    /** Counts JSON braces and brackets outside strings, to find where a multi-line object ends. */
    private static final class BraceCounter {
        private int depth;
        private boolean opened;
        private boolean inString;
        private boolean escaped;

        void feed(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                    opened = true;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
        }

        boolean closed() {
            return opened && depth <= 0 && !inString;
        }
    }
}
