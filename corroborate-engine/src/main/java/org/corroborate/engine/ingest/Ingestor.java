package org.corroborate.engine.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.corroborate.model.Unreadable;

/**
 * Reads one {@link Input} into the documents it holds, recognising its format by content, not by name
 * ({@link ContentSniffer}): gzip (by its magic bytes) of any of the others; a web archive
 * ({@link WebArchiveReader}); news-please JSON, JSON Lines or a JSON array of it ({@link NewsPleaseReader}); an
 * RSS or Atom feed ({@link FeedReader}); an HTML page; or plain text in any common charset
 * ({@link TextDecoding}). A URL input is fetched first ({@link PageFetcher}) and its content recognised the
 * same way.
 *
 * <p>Streaming: documents are handed to the sink as they are read, and only one document is in memory at a
 * time, so a web archive of 10,000 records or a JSON Lines file of any length costs the memory of its largest
 * record. Every document is bounded by {@link IngestLimits#maxInputBytes()}.
 *
 * <p>Bad content never throws: an empty, binary, oversized, truncated or malformed input becomes an
 * {@link Unreadable} naming the input and the problem, and the documents read before the problem still count
 * (a JSON Lines file with one bad line yields its good lines and one {@code Unreadable} for the bad one).
 * Parts deliberately left out (a web archive's non-HTML records) are reported as one
 * {@link org.corroborate.model.Skipped}. Thread-safe once built.
 */
public final class Ingestor {

    /** How much of a stream is looked at to recognise its format. */
    private static final int HEAD_BYTES = 8192;
    private static final int BUFFER_BYTES = 1 << 16;

    /** Where content came from, when a transport said. */
    private record Origin(Optional<URI> url, Optional<Instant> fetchedAt, Optional<Charset> charset) {
        static final Origin NONE = new Origin(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private final IngestLimits limits;
    private final BoundedReader bounded;
    private final WebArchiveReader archives;
    private final NewsPleaseReader newsPlease;
    private final FeedReader feeds = new FeedReader();
    private final PageFetcher fetcher;

    public Ingestor(IngestLimits limits) {
        this.limits = limits;
        this.bounded = new BoundedReader(limits);
        this.archives = new WebArchiveReader(limits);
        this.newsPlease = new NewsPleaseReader(limits);
        this.fetcher = new PageFetcher(limits);
    }

    public IngestLimits limits() {
        return limits;
    }

    /**
     * Reads {@code input} and hands each document, problem or skip report to {@code sink}, in input order, on
     * the calling thread. {@code stdin} is read for the standard-input input and is not closed.
     */
    public void ingest(Input input, InputStream stdin, Consumer<? super Ingested> sink) {
        if (input.url().isPresent()) {
            fetchAndRead(input, input.url().get(), sink);
            return;
        }
        if (input.path().isEmpty()) {
            read(input.name(), stdin, Origin.NONE, sink);
            return;
        }
        Path path = input.path().get();
        if (Files.isDirectory(path)) {
            sink.accept(new Unreadable(input.name(), "is a directory; name its files, or let Sources expand it"));
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            read(input.name(), in, Origin.NONE, sink);
        } catch (NoSuchFileException e) {
            sink.accept(new Unreadable(input.name(), "does not exist"));
        } catch (AccessDeniedException e) {
            sink.accept(new Unreadable(input.name(), "cannot be read: permission denied"));
        } catch (IOException e) {
            sink.accept(new Unreadable(input.name(), "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads content already in memory, named {@code source} in every message. */
    public void ingest(String source, byte[] bytes, Consumer<? super Ingested> sink) {
        read(source, new ByteArrayInputStream(bytes), Origin.NONE, sink);
    }

    private void fetchAndRead(Input input, URI url, Consumer<? super Ingested> sink) {
        PageFetcher.Outcome outcome = fetcher.fetch(url);
        if (outcome instanceof PageFetcher.Outcome.Failed failed) {
            sink.accept(new Unreadable(input.name(), failed.reason()));
        } else if (outcome instanceof PageFetcher.Outcome.Fetched page) {
            Origin origin = new Origin(Optional.of(page.url()), Optional.of(page.date().orElseGet(Instant::now)),
                    page.contentType().flatMap(TextDecoding::ofContentType));
            read(input.name(), new ByteArrayInputStream(page.body()), origin, sink);
        }
    }

    private void read(String source, InputStream raw, Origin origin, Consumer<? super Ingested> sink) {
        boolean gzip = false;
        try {
            BufferedInputStream in = new BufferedInputStream(raw, BUFFER_BYTES);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            InputStream content = in;
            if (b0 == 0x1F && b1 == 0x8B) {
                gzip = true;
                content = new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES);
            }
            content.mark(HEAD_BYTES);
            byte[] head = readUpTo(content, HEAD_BYTES);
            content.reset();
            if (head.length == 0) {
                sink.accept(new Unreadable(source, gzip ? "is a gzip file that holds nothing" : "is empty (0 bytes)"));
                return;
            }
            Optional<ContentSniffer.Kind> kind = ContentSniffer.sniff(head, head.length, origin.charset());
            if (kind.isEmpty()) {
                String what = TextDecoding.binaryKind(head, head.length).orElse("binary data");
                sink.accept(new Unreadable(source, "looks like " + what
                        + ", not text, HTML, JSON, a feed or a web archive"));
                return;
            }
            switch (kind.get()) {
                case WARC -> archives.read(source, content, sink);
                case JSON_ARRAY -> newsPlease.readArray(source, jsonReader(content, head), sink);
                case JSON_OBJECTS -> newsPlease.readObjects(source, jsonReader(content, head), sink);
                case FEED -> {
                    byte[] bytes = bounded.readAll(content);
                    Charset charset = TextDecoding.charset(bytes, bytes.length, origin.charset(), true);
                    feeds.read(source, TextDecoding.decode(bytes, bytes.length, charset), sink);
                }
                case HTML -> sink.accept(whole(source, bounded.readAll(content), origin, Format.HTML));
                case TEXT -> sink.accept(whole(source, bounded.readAll(content), origin, Format.TEXT));
                default -> throw new IllegalStateException("unhandled content kind " + kind.get());
            }
        } catch (InputTooLargeException e) {
            sink.accept(new Unreadable(source, e.getMessage()));
        } catch (EOFException | ZipException e) {
            sink.accept(new Unreadable(source, gzip
                    ? "is a damaged or truncated gzip file (" + e.getMessage() + ")"
                    : "ends unexpectedly (" + e.getMessage() + ")"));
        } catch (IOException e) {
            sink.accept(new Unreadable(source, "cannot be read: " + e.getMessage()));
        }
    }

    /** A page or a text, decoded whole; blank content is unreadable. */
    private static Ingested whole(String source, byte[] bytes, Origin origin, Format format) {
        Charset charset = TextDecoding.charset(bytes, bytes.length, origin.charset(), format == Format.HTML);
        String text = TextDecoding.decode(bytes, bytes.length, charset);
        if (text.isBlank()) {
            return new Unreadable(source, "holds only white space");
        }
        return new Document(source, origin.url(), origin.fetchedAt(), format, text, Metadata.EMPTY);
    }

    /** A reader over JSON content, past its byte-order mark; JSON without one is UTF-8 (RFC 8259, 8.1). */
    private static Reader jsonReader(InputStream content, byte[] head) throws IOException {
        Optional<TextDecoding.Bom> bom = TextDecoding.bom(head);
        Charset charset = bom.map(TextDecoding.Bom::charset)
                .orElseGet(() -> TextDecoding.isUtf8(head, head.length) ? java.nio.charset.StandardCharsets.UTF_8
                        : TextDecoding.charset(head, head.length, Optional.empty(), false));
        if (bom.isPresent()) {
            content.skipNBytes(bom.get().length());
        }
        return new InputStreamReader(content, charset);
    }

    /**
     * Up to {@code max} bytes from the start of {@code in}. A read error after some bytes ends the head early:
     * the format's reader meets the error again where it can say which record or line it cut off.
     */
    private static byte[] readUpTo(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[max];
        int length = 0;
        while (length < max) {
            int n;
            try {
                n = in.read(buffer, length, max - length);
            } catch (IOException e) {
                if (length == 0) {
                    throw e;
                }
                break;
            }
            if (n < 0) {
                break;
            }
            length += n;
        }
        return length == max ? buffer : Arrays.copyOf(buffer, length);
    }
}
