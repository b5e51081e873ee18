package org.corroborate.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Skipped;
import org.corroborate.model.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Web archives written with jwarc's own writer, plain and gzipped, whole, truncated and large. */
class WebArchiveReaderTest {

    private static final Instant CAPTURED = Instant.parse("2024-03-07T09:00:00Z");

    @TempDir
    Path temp;

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);

    /**
     * A small crawl: warcinfo, a request and its HTML response in windows-1252, an image, a 404, an HTML
     * resource, a gzip-encoded response and a metadata record.
     */
    private Path crawl(String name, WarcCompression compression) throws IOException {
        Path file = temp.resolve(name);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(new Warcinfo.Builder().filename(name).fields(Map.of("software", List.of("corroborate test"))).build());
            URI page = URI.create("https://gazette.example/news/ferry");
            writer.write(new WarcRequest.Builder(page).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/news/ferry").addHeader("Host", "gazette.example").build()).build());
            byte[] html = "<html><body><p>The ferry’s first crossing in nine days left at 7am – on time.</p></body></html>"
                    .getBytes(TextDecoding.WINDOWS_1252);
            writer.write(response(page, 200, "text/html; charset=windows-1252", html, false));
            writer.write(response(URI.create("https://gazette.example/img/ferry.png"), 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'}, false));
            writer.write(response(URI.create("https://gazette.example/gone"), 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), false));
            writer.write(new WarcResource.Builder(URI.create("https://gazette.example/news/bridge")).date(CAPTURED)
                    .body(MediaType.parse("text/html"), "<html><body><p>The estuary bridge reopens to lorries on Monday.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8)).build());
            writer.write(response(URI.create("https://gazette.example/news/library"), 200, "text/html; charset=utf-8",
                    "<html><body><p>The library will open until 9pm on weekdays.</p></body></html>".getBytes(StandardCharsets.UTF_8), true));
            writer.write(new WarcMetadata.Builder().targetURI(page).date(CAPTURED)
                    .fields(Map.of("outlink", List.of("https://gazette.example/news"))).build());
        }
        return file;
    }

    private static WarcResponse response(URI uri, int status, String type, byte[] body, boolean gzipEncoded) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .addHeader("Date", "Thu, 07 Mar 2024 09:00:00 GMT");
        if (gzipEncoded) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(zipped)) {
                out.write(body);
            }
            http.addHeader("Content-Encoding", "gzip").body(MediaType.parse(type), zipped.toByteArray());
        } else {
            http.body(MediaType.parse(type), body);
        }
        return new WarcResponse.Builder(uri).date(CAPTURED).body(http.build()).build();
    }

    private List<Ingested> ingest(Path file) {
        return IngestorTest.ingest(ingestor, Input.file(file));
    }

    @Test
    void htmlResponsesAndResourcesBecomeDocumentsAndTheRestIsCounted() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
            Path file = crawl(name, compression);

            List<Ingested> all = ingest(file);

            List<Document> pages = all.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
            assertThat(pages).as(name).hasSize(3);
            Document ferry = pages.get(0);
            assertThat(ferry.source()).isEqualTo(file + "#3");
            assertThat(ferry.url()).contains(URI.create("https://gazette.example/news/ferry"));
            assertThat(ferry.fetchedAt()).contains(CAPTURED);
            assertThat(ferry.format()).isEqualTo(Format.HTML);
            assertThat(ferry.content()).as("charset from the HTTP header").contains("The ferry’s first crossing", "7am – on time");
            assertThat(pages.get(1).content()).contains("estuary bridge reopens");
            assertThat(pages.get(2).content()).as("Content-Encoding: gzip is decoded").contains("open until 9pm");
            assertThat(all).filteredOn(Unreadable.class::isInstance).isEmpty();
            Skipped skipped = (Skipped) all.get(all.size() - 1);
            assertThat(skipped.source()).isEqualTo(file.toString());
            assertThat(skipped.count()).isEqualTo(5);
            assertThat(skipped.reason()).contains("not HTML", "1 HTTP 404", "1 image/png", "1 metadata", "1 request", "1 warcinfo");
        }
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheCutAndSaysWhere() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            byte[] whole = Files.readAllBytes(crawl("whole.warc", compression));
            Path cut = temp.resolve("cut-" + compression + ".warc");
            Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));

            List<Ingested> all = ingest(cut);

            assertThat(all).filteredOn(Document.class::isInstance).as(compression.toString()).isNotEmpty();
            assertThat(all).filteredOn(Unreadable.class::isInstance).singleElement()
                    .satisfies(u -> assertThat(((Unreadable) u).reason()).containsPattern("(after|inside) WARC record \\d"));
        }
    }

    @Test
    void tenThousandRecordsAreReadAsAStream() throws IOException {
        Path file = temp.resolve("large.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 10_000; i++) {
                writer.write(response(URI.create("https://gazette.example/n/" + i), 200, "text/html",
                        ("<html><body><p>Invented story number " + i + " about the estuary.</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8), false));
            }
        }
        long size = Files.size(file);
        CountingStream in = new CountingStream(Files.newInputStream(file));
        long[] readWhenFirstArrived = {-1};
        int[] documents = {0};

        ingestor.ingest(Input.stdin(), in, ingested -> {
            if (ingested instanceof Document) {
                if (documents[0]++ == 0) {
                    readWhenFirstArrived[0] = in.count;
                }
            }
        });

        assertThat(documents[0]).isEqualTo(10_000);
        assertThat(readWhenFirstArrived[0]).as("the first page arrives long before the archive is read")
                .isLessThan(size / 10);
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    @Test
    void aRecordOverTheSizeLimitIsReportedAndTheRestAreRead() throws IOException {
        Path file = crawl("limits.warc", WarcCompression.NONE);
        Ingestor small = new Ingestor(IngestLimits.DEFAULT.withMaxInputBytes(80));

        List<Ingested> all = IngestorTest.ingest(small, Input.file(file));

        assertThat(all).filteredOn(Unreadable.class::isInstance).isNotEmpty()
                .allSatisfy(u -> assertThat(((Unreadable) u).reason()).contains("larger than the limit of 80 bytes"));
        assertThat(all).filteredOn(Document.class::isInstance).isNotEmpty();
    }

    @Test
    void aFileThatOnlyStartsLikeAnArchiveIsUnreadable() throws IOException {
        Path file = temp.resolve("fake.warc");
        Files.writeString(file, "WARC/1.0\r\nthis is not a header\r\n\r\n");

        List<Ingested> all = ingest(file);

        assertThat(all).hasSize(1).first().isInstanceOf(Unreadable.class);
    }
}
