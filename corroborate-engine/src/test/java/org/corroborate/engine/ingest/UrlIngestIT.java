package org.corroborate.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Unreadable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * URL inputs fetched from a real HTTP server this test starts on localhost: the user agent, robots.txt,
 * redirects, the time-out, the size cap, HTTP errors and the charset of the {@code Content-Type} header.
 */
class UrlIngestIT {

    private HttpServer server;
    private String base;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> robotsRequests = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        switch (path) {
            case "/robots.txt" -> {
                robotsRequests.merge(path, 1, Integer::sum);
                send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            }
            case "/news/ferry.html" -> send(exchange, 200, "text/html; charset=utf-8",
                    Files.readAllBytes(IngestorTest.fixture("harbour-ferry.html")));
            case "/latin.html" -> send(exchange, 200, "text/html; charset=windows-1252",
                    "<html><body><p>Caf\u00E9 owners welcome the \u201Cnew\u201D market.</p></body></html>"
                            .getBytes(TextDecoding.WINDOWS_1252));
            case "/feed.rss" -> send(exchange, 200, "application/rss+xml", Files.readAllBytes(IngestorTest.fixture("feed.rss")));
            case "/old-ferry" -> redirect(exchange, "/news/ferry.html");
            case "/loop" -> redirect(exchange, "/loop");
            case "/to-private" -> redirect(exchange, "/private/page.html");
            case "/private/page.html" -> send(exchange, 200, "text/html", "<p>secret</p>".getBytes(StandardCharsets.UTF_8));
            case "/slow" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
            }
            case "/big" -> send(exchange, 200, "text/html", ("<p>" + "big news ".repeat(20_000) + "</p>").getBytes(StandardCharsets.UTF_8));
            case "/big-chunked" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    byte[] chunk = "<p>more news</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 100; i++) {
                        out.write(chunk);
                    }
                } catch (IOException clientGaveUp) {
                    // the fetcher cancels once past its limit
                }
            }
            default -> send(exchange, 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(301, -1);
        exchange.close();
    }

    private List<Ingested> fetch(Ingestor ingestor, String path) {
        return IngestorTest.ingest(ingestor, Input.url(URI.create(base + path)));
    }

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT.withFetchTimeout(Duration.ofSeconds(1))
            .withUserAgent("corroborate-test/1.0 (+https://example.org/bot)"));

    @Test
    void aPageIsFetchedWithTheNamedUserAgentAfterRobotsTxt() {
        List<Ingested> out = fetch(ingestor, "/news/ferry.html");

        assertThat(out).singleElement().isInstanceOfSatisfying(Document.class, d -> {
            assertThat(d.source()).isEqualTo(base + "/news/ferry.html");
            assertThat(d.url()).contains(URI.create(base + "/news/ferry.html"));
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.fetchedAt()).isPresent();
            assertThat(d.content()).contains("“We had people queueing from six o’clock,”");
        });
        assertThat(userAgents).isNotEmpty().allMatch(ua -> ua.equals("corroborate-test/1.0 (+https://example.org/bot)"));
        assertThat(robotsRequests).containsEntry("/robots.txt", 1);
    }

    @Test
    void robotsTxtIsFetchedOncePerSite() {
        fetch(ingestor, "/news/ferry.html");
        fetch(ingestor, "/latin.html");

        assertThat(robotsRequests).containsEntry("/robots.txt", 1);
    }

    @Test
    void theHeadersCharsetDecodesThePage() {
        Document d = (Document) fetch(ingestor, "/latin.html").get(0);

        assertThat(d.content()).contains("Café owners welcome the “new” market.");
    }

    @Test
    void aFetchedFeedIsRecognisedByContent() {
        assertThat(fetch(ingestor, "/feed.rss")).hasSize(3).first().isInstanceOf(Document.class);
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressKept() {
        Document d = (Document) fetch(ingestor, "/old-ferry").get(0);

        assertThat(d.source()).as("the source stays what the user named").isEqualTo(base + "/old-ferry");
        assertThat(d.url()).contains(URI.create(base + "/news/ferry.html"));
    }

    @Test
    void aRedirectLoopStopsAtTheLimit() {
        Unreadable u = (Unreadable) fetch(ingestor, "/loop").get(0);

        assertThat(u.reason()).startsWith("redirects more than 5 times");
    }

    @Test
    void robotsTxtDisallowsAPageAndARedirectIntoIt() {
        assertThat(((Unreadable) fetch(ingestor, "/private/page.html").get(0)).reason())
                .contains("disallowed by", "robots.txt", "corroborate-test");
        assertThat(((Unreadable) fetch(ingestor, "/to-private").get(0)).reason()).contains("disallowed by");
    }

    @Test
    void aSlowServerTimesOut() {
        Unreadable u = (Unreadable) fetch(ingestor, "/slow").get(0);

        assertThat(u.reason()).startsWith("timed out after 1 s");
    }

    @Test
    void aPageOverTheSizeCapIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        Ingestor capped = new Ingestor(IngestLimits.DEFAULT.withMaxInputBytes(64 * 1024));

        assertThat(((Unreadable) fetch(capped, "/big").get(0)).reason()).contains("larger than the limit of 64 KiB");
        assertThat(((Unreadable) fetch(capped, "/big-chunked").get(0)).reason()).contains("larger than the limit of 64 KiB");
    }

    @Test
    void anHttpErrorIsReportedWithItsStatus() {
        assertThat(((Unreadable) fetch(ingestor, "/missing").get(0)).reason()).contains("HTTP status 404");
    }

    @Test
    void anUnreachableSiteIsReportedNotThrown() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<Ingested> out = IngestorTest.ingest(ingestor, Input.url(URI.create("http://127.0.0.1:" + port + "/x")));

        assertThat(out).singleElement().isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.reason()).contains("robots.txt could not be read"));
    }
}
