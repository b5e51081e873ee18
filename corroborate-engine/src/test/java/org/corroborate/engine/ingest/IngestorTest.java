package org.corroborate.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input kind the ingestor recognises by content, each on a file of that kind made for these tests
 * ({@code src/test/resources/ingest}, or written here when it must be binary or huge), and the bad inputs
 * issue #3 lists.
 */
class IngestorTest {

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);

    @TempDir
    Path temp;

    static Path fixture(String name) {
        try {
            return Path.of(IngestorTest.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Ingested> ingest(Path path) {
        return ingest(ingestor, Input.file(path));
    }

    static List<Ingested> ingest(Ingestor ingestor, Input input) {
        List<Ingested> out = new ArrayList<>();
        ingestor.ingest(input, InputStream.nullInputStream(), out::add);
        return out;
    }

    private static Document onlyDocument(List<Ingested> ingested) {
        assertThat(ingested).hasSize(1);
        assertThat(ingested.get(0)).isInstanceOf(Document.class);
        return (Document) ingested.get(0);
    }

    private static Unreadable onlyProblem(List<Ingested> ingested) {
        assertThat(ingested).hasSize(1);
        assertThat(ingested.get(0)).isInstanceOf(Unreadable.class);
        return (Unreadable) ingested.get(0);
    }

    @Test
    void windows1252TextIsDecodedWithItsQuotesAndEuroSign() {
        Document d = onlyDocument(ingest(fixture("windows-1252.txt")));

        assertThat(d.format()).isEqualTo(Format.TEXT);
        assertThat(d.content()).startsWith("Village bakery wins regional prize")
                .contains("Café Rosé", "county’s “best loaf”", "€500", "Renée", "sourdough — “crisp");
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedWithoutTheMark() {
        Document d = onlyDocument(ingest(fixture("utf16-bom.txt")));

        assertThat(d.content()).startsWith("Tram line opens").contains("“It’s quicker than driving,”");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws IOException {
        Path file = temp.resolve("no-bom.txt");
        Files.write(file, "Ferry timetable changes from Monday, the operator said.\n".getBytes(StandardCharsets.UTF_16BE));

        assertThat(onlyDocument(ingest(file)).content()).startsWith("Ferry timetable changes");
    }

    @Test
    void cyrillicWindows1251TextIsDetected() {
        Document d = onlyDocument(ingest(fixture("windows-1251.txt")));

        assertThat(d.content()).startsWith("Новый мост через реку").contains("«Теперь дорога до центра");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252NotRejected() throws IOException {
        Path file = temp.resolve("mixed.txt");
        byte[] latin = "The caf\u00E9 on the quay reopened on Friday.".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin);

        assertThat(onlyDocument(ingest(file)).content()).isEqualTo("The café on the quay reopened on Friday.");
    }

    @Test
    void htmlIsRecognisedByContentWhateverItsName() throws IOException {
        Path misnamed = temp.resolve("page.txt");
        Files.copy(fixture("harbour-ferry.html"), misnamed);

        Document d = onlyDocument(ingest(misnamed));

        assertThat(d.format()).isEqualTo(Format.HTML);
        assertThat(d.source()).isEqualTo(misnamed.toString());
        assertThat(d.content()).contains("“We had people queueing from six o’clock,”");
    }

    @Test
    void htmlDeclaringLatin1IsReadAsWindows1252() throws IOException {
        Path file = temp.resolve("latin.html");
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>\u201CNa\u00EFve,\u201D said the mayor.</p></body></html>";
        Files.write(file, html.getBytes(TextDecoding.WINDOWS_1252));

        assertThat(onlyDocument(ingest(file)).content()).contains("\u201CNa\u00EFve,\u201D said the mayor.");
    }

    @Test
    void htmlThatClaimsUtf8ButIsNotIsReadAsUndeclared() throws IOException {
        Path file = temp.resolve("liar.html");
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00E9 owners welcome the"
                + " \u201Cnew\u201D market.</p></body></html>";
        Files.write(file, html.getBytes(TextDecoding.WINDOWS_1252));

        assertThat(onlyDocument(ingest(file)).content()).contains("Café owners welcome the “new” market.");
    }

    @Test
    void gzipOfHtmlIsDecompressedAndRecognised() throws IOException {
        Path gz = gzip(fixture("harbour-ferry.html"), temp.resolve("page.gz"));

        Document d = onlyDocument(ingest(gz));

        assertThat(d.format()).isEqualTo(Format.HTML);
        assertThat(d.content()).isEqualTo(Files.readString(fixture("harbour-ferry.html")));
    }

    @Test
    void gzipOfTextIsDecompressedAndDecoded() throws IOException {
        Path gz = gzip(fixture("windows-1252.txt"), temp.resolve("bakery.txt.gz"));

        assertThat(onlyDocument(ingest(gz)).content()).contains("€500");
    }

    @Test
    void truncatedGzipIsReportedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(gzip(fixture("harbour-ferry.html"), temp.resolve("whole.gz")));
        Path cut = temp.resolve("cut.html.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        Unreadable u = onlyProblem(ingest(cut));

        assertThat(u.source()).isEqualTo(cut.toString());
        assertThat(u.reason()).contains("damaged or truncated gzip");
    }

    @Test
    void newsPleaseJsonBecomesPlainTextWithItsFieldsAsHints() {
        Document d = onlyDocument(ingest(fixture("news-please.json")));

        assertThat(d.format()).isEqualTo(Format.TEXT);
        assertThat(d.source()).isEqualTo(fixture("news-please.json").toString());
        assertThat(d.content()).startsWith("The Kestrel lifeboat station needs six").contains("\n\n\"We train everyone");
        assertThat(d.url()).contains(URI.create("https://gazette.example/news/2024/03/14/lifeboat-volunteers"));
        assertThat(d.hints().title()).contains("Lifeboat station appeals for volunteers");
        assertThat(d.hints().byline()).contains("Petra Lind");
        assertThat(d.hints().outlet()).contains("gazette.example");
        assertThat(d.hints().language()).contains("en");
        assertThat(d.hints().published()).hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(LocalDate.of(2024, 3, 14)));
        assertThat(d.fetchedAt()).isPresent();
    }

    @Test
    void jsonLinesYieldEveryGoodLineAndOneProblemForTheBadOne() {
        Path file = fixture("news-please.jsonl");
        List<Ingested> all = ingest(file);

        assertThat(all).hasSize(3);
        assertThat(all.get(0)).isInstanceOfSatisfying(Document.class, d -> {
            assertThat(d.source()).isEqualTo(file + "#1");
            assertThat(d.hints().title()).contains("Bus fares frozen for another year");
        });
        assertThat(all.get(1)).isInstanceOfSatisfying(Unreadable.class, u -> {
            assertThat(u.source()).isEqualTo(file + "#2");
            assertThat(u.reason()).contains("not valid JSON").contains("line 2");
        });
        assertThat(all.get(2)).isInstanceOfSatisfying(Document.class,
                d -> assertThat(d.content()).startsWith("The central library will open until 9pm"));
    }

    @Test
    void jsonArrayIsReadElementByElement() throws IOException {
        Path file = temp.resolve("articles.json");
        Files.writeString(file, "[{\"title\": \"One\", \"text\": \"First invented story.\"},\n"
                + " {\"title\": \"Two\", \"maintext\": \"Second invented story.\"},\n 42]");

        List<Ingested> all = ingest(file);

        assertThat(all).hasSize(3);
        assertThat(((Document) all.get(0)).content()).isEqualTo("First invented story.");
        assertThat(((Document) all.get(1)).content()).isEqualTo("Second invented story.");
        assertThat(all.get(2)).isInstanceOfSatisfying(Unreadable.class, u -> {
            assertThat(u.source()).endsWith("#3");
            assertThat(u.reason()).contains("news-please");
        });
    }

    @Test
    void rssItemsBecomeDocumentsWithTheirLinksAndContent() {
        Path file = fixture("feed.rss");
        List<Ingested> all = ingest(file);

        assertThat(all).hasSize(3);
        Document first = (Document) all.get(0);
        assertThat(first.source()).isEqualTo(file + "#1");
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.url()).contains(URI.create("https://gazette.example/news/2024/03/09/lifeboat-kayakers"));
        assertThat(first.content()).contains("capsized in a sudden squall");
        assertThat(first.hints().byline()).contains("Tobias Wren");
        assertThat(first.hints().title()).contains("Lifeboat crew rescues two kayakers");
        assertThat(first.hints().published()).hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(LocalDate.of(2024, 3, 9)));
        Document second = (Document) all.get(1);
        assertThat(second.content()).contains("Cars will be banned from the market square");
        assertThat(all.get(2)).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.reason()).contains("without content").contains("link-only"));
    }

    @Test
    void atomEntriesBecomeDocumentsPlainTextWhenTheFeedSaysSo() {
        List<Ingested> all = ingest(fixture("feed.atom"));

        assertThat(all).hasSize(2);
        Document seals = (Document) all.get(0);
        assertThat(seals.format()).isEqualTo(Format.HTML);
        assertThat(seals.url()).contains(URI.create("https://notes.example/2024/seal-pups"));
        assertThat(seals.hints().byline()).contains("Hanna Vos");
        assertThat(seals.content()).contains("212 grey seal pups");
        Document tides = (Document) all.get(1);
        assertThat(tides.format()).isEqualTo(Format.TEXT);
        assertThat(tides.content()).startsWith("High water at the harbour bar");
    }

    @Test
    void aFeedThatIsNotWellFormedXmlIsReportedWithTheParsersWords() throws IOException {
        Path file = temp.resolve("broken.rss");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>Oops</channel></rss>");

        Unreadable u = onlyProblem(ingest(file));

        assertThat(u.reason()).startsWith("looks like an RSS or Atom feed but cannot be parsed:");
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityIsResolved() throws IOException {
        Path file = temp.resolve("entities.rss");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description>"
                + "</item></channel></rss>");

        assertThat(onlyProblem(ingest(file)).reason()).contains("cannot be parsed");
    }

    @Test
    void standardInputIsReadLikeAFile() {
        List<Ingested> out = new ArrayList<>();
        byte[] text = "Harbour wall repairs begin next week, the council said.".getBytes(StandardCharsets.UTF_8);

        ingestor.ingest(Input.stdin(), new ByteArrayInputStream(text), out::add);

        Document d = onlyDocument(out);
        assertThat(d.source()).isEqualTo("-");
        assertThat(d.content()).isEqualTo("Harbour wall repairs begin next week, the council said.");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() throws IOException {
        Path file = Files.createFile(temp.resolve("empty.html"));

        Unreadable u = onlyProblem(ingest(file));

        assertThat(u.source()).isEqualTo(file.toString());
        assertThat(u.reason()).isEqualTo("is empty (0 bytes)");
    }

    @Test
    void aBinaryFileIsReportedByWhatItIs() throws IOException {
        Path png = temp.resolve("photo.html");
        byte[] bytes = new byte[600];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        Files.write(png, bytes);
        Path noise = temp.resolve("noise.txt");
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        Files.write(noise, random);

        assertThat(onlyProblem(ingest(png)).reason()).startsWith("looks like a PNG image");
        assertThat(onlyProblem(ingest(noise)).reason()).startsWith("looks like binary data");
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        Unreadable u = onlyProblem(ingest(temp.resolve("nowhere.txt")));

        assertThat(u.reason()).isEqualTo("does not exist");
    }

    @Test
    void aHundredMegabytePageIsRefusedAtTheLimitWithoutReadingItAll() {
        long size = 100L << 20;
        CountingPage page = new CountingPage(size);
        List<Ingested> out = new ArrayList<>();

        ingestor.ingest(Input.stdin(), page, out::add);

        Unreadable u = onlyProblem(out);
        assertThat(u.reason()).contains("larger than the limit of 32 MiB");
        assertThat(page.served).as("reading stops soon after the limit").isLessThan((32L << 20) + (1L << 20));
    }

    @Test
    void theSizeLimitIsConfigurable() throws IOException {
        Ingestor small = new Ingestor(IngestLimits.DEFAULT.withMaxInputBytes(100));
        Path file = temp.resolve("long.txt");
        Files.writeString(file, "word ".repeat(100));

        List<Ingested> out = ingest(small, Input.file(file));

        assertThat(onlyProblem(out).reason()).contains("limit of 100 bytes");
    }

    private static Path gzip(Path source, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }

    /** An HTML page of a given size made up as it is read, counting what it served. */
    private static final class CountingPage extends InputStream {
        private static final byte[] HEAD = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        long served;

        CountingPage(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                b[off + i] = at < HEAD.length ? HEAD[(int) at] : (byte) "news ".charAt((int) (at % 5));
            }
            served += n;
            return n;
        }
    }

    @Test
    void optionalOriginsAreEmptyForFiles() {
        Document d = onlyDocument(ingest(fixture("windows-1252.txt")));

        assertThat(d.url()).isEqualTo(Optional.empty());
        assertThat(d.fetchedAt()).isEmpty();
    }
}
