package org.corroborate.engine.ingest;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web pages for URL inputs with the JDK's HTTP client: a {@code GET} with the configured user agent,
 * redirects followed by hand up to the configured number (each hop checked against its site's robots.txt,
 * {@link RobotsPolicy}), the whole fetch bounded by the configured time-out, and the body bounded by the size
 * limit (a {@code Content-Length} over it is refused before reading, a body growing past it is cut off).
 *
 * <p>Every failure is an {@link Outcome.Failed} whose reason names the problem: refused by robots.txt, an HTTP
 * error status, too many redirects, time-out, connection refused, too large. Thread-safe: the HTTP client is
 * created on first use and shared.
 */
final class PageFetcher {

    /** What fetching gave. */
    sealed interface Outcome permits Outcome.Fetched, Outcome.Failed {

        /**
         * A page: its final address after redirects, the {@code Content-Type} and {@code Date} the server sent,
         * and the body. The body array is owned by the caller.
         */
        record Fetched(URI url, Optional<String> contentType, Optional<Instant> date, byte[] body) implements Outcome {
        }

        /** Why there is no page, in words that complete "&lt;url&gt; …". */
        record Failed(String reason) implements Outcome {
        }
    }

    private static final int ROBOTS_MAX_BYTES = 500 * 1024;

    private final IngestLimits limits;
    private final RobotsPolicy robots;
    private volatile HttpClient client;

    PageFetcher(IngestLimits limits) {
        this.limits = limits;
        this.robots = new RobotsPolicy(limits.robotName(), this::fetchRobots);
    }

    /** Fetches {@code url}, honouring robots.txt, within the time-out. */
    Outcome fetch(URI url) {
        Instant deadline = Instant.now().plus(limits.fetchTimeout());
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            Optional<String> refusal = robots.refusal(current, deadline);
            if (refusal.isPresent()) {
                return new Outcome.Failed(refusal.get());
            }
            Exchange exchange;
            try {
                exchange = get(current, deadline, limits.maxInputBytes());
            } catch (FetchFailure e) {
                return new Outcome.Failed(e.getMessage());
            }
            int status = exchange.status();
            if (status >= 300 && status < 400 && exchange.location().isPresent()) {
                if (redirects >= limits.maxRedirects()) {
                    return new Outcome.Failed("redirects more than " + limits.maxRedirects() + " times (last to "
                            + exchange.location().get() + ")");
                }
                try {
                    current = current.resolve(exchange.location().get().strip());
                } catch (IllegalArgumentException e) {
                    return new Outcome.Failed("redirects to an invalid address: " + exchange.location().get());
                }
                String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return new Outcome.Failed("redirects to a non-web address: " + current);
                }
                continue;
            }
            if (status < 200 || status > 299) {
                return new Outcome.Failed("was answered with HTTP status " + status + " from " + current);
            }
            return new Outcome.Fetched(current, exchange.contentType(), exchange.date(), exchange.body());
        }
    }

    /** The raw answer to one request. */
    private record Exchange(int status, Optional<String> location, Optional<String> contentType,
            Optional<Instant> date, byte[] body) {
    }

    /** A fetch that failed; the message completes "&lt;url&gt; …". */
    private static final class FetchFailure extends Exception {
        private static final long serialVersionUID = 1L;

        FetchFailure(String message) {
            super(message);
        }
    }

    private Exchange get(URI uri, Instant deadline, long maxBytes) throws FetchFailure {
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new FetchFailure("timed out after " + seconds(limits.fetchTimeout()));
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(remaining)
                    .header("User-Agent", limits.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchFailure("is not an address that can be fetched: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> {
            boolean wanted = info.statusCode() >= 200 && info.statusCode() <= 299;
            return wanted ? new LimitedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1),
                    maxBytes == ROBOTS_MAX_BYTES)
                    : HttpResponse.BodySubscribers.replacing(new byte[0]);
        });
        HttpResponse<byte[]> response;
        try {
            response = future.get(remaining.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchFailure("timed out after " + seconds(limits.fetchTimeout()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailure("was not fetched: the run was interrupted");
        } catch (ExecutionException e) {
            throw new FetchFailure(describe(e.getCause()));
        }
        return new Exchange(response.statusCode(), response.headers().firstValue("Location"),
                response.headers().firstValue("Content-Type"), response.headers().firstValue("Date").flatMap(PageFetcher::httpDate),
                response.body());
    }

    /** The robots.txt answer for {@link RobotsPolicy}: status and at most 500 KiB of body (RFC 9309, 2.5). */
    private RobotsPolicy.Answer fetchRobots(URI robotsTxt, Instant deadline) {
        URI current = robotsTxt;
        // RFC 9309, 2.3.1.2: follow at least five consecutive redirects.
        for (int redirects = 0; redirects <= 5; redirects++) {
            Exchange e;
            try {
                e = get(current, deadline, ROBOTS_MAX_BYTES);
            } catch (FetchFailure failure) {
                return new RobotsPolicy.Answer(-1, new byte[0], Optional.empty(), failure.getMessage());
            }
            if (e.status() >= 300 && e.status() < 400 && e.location().isPresent()) {
                try {
                    current = current.resolve(e.location().get().strip());
                } catch (IllegalArgumentException bad) {
                    return new RobotsPolicy.Answer(404, new byte[0], Optional.empty(), "bad redirect");
                }
                continue;
            }
            return new RobotsPolicy.Answer(e.status(), e.body(), e.contentType(), "");
        }
        return new RobotsPolicy.Answer(404, new byte[0], Optional.empty(), "too many redirects");
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(limits.fetchTimeout())
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    private String describe(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InputTooLargeException) {
                return t.getMessage();
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out after " + seconds(limits.fetchTimeout());
            }
            if (t instanceof ConnectException) {
                return "could not be fetched: the connection was refused or failed";
            }
            if (t.getCause() == null || t.getCause() == t) {
                String m = t.getMessage();
                return "could not be fetched: " + (m == null ? t.getClass().getSimpleName() : m);
            }
        }
        return "could not be fetched";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Collects a response body up to a limit, cancelling the transfer as soon as it would pass it (or at once,
     * when the declared length already does); a truncating body keeps the first bytes instead, as robots.txt
     * parsers must (RFC 9309, 2.5: at least the first 500 KiB are parsed).
     */
    private final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final long declaredLength;
        private final boolean truncate;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long max, long declaredLength, boolean truncate) {
            this.max = max;
            this.declaredLength = declaredLength;
            this.truncate = truncate;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredLength > max && !truncate) {
                s.cancel();
                result.completeExceptionally(new InputTooLargeException(limits));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    if (truncate) {
                        out.write(b.array(), b.arrayOffset() + b.position(), (int) (max - out.size()));
                        result.complete(out.toByteArray());
                    } else {
                        result.completeExceptionally(new InputTooLargeException(limits));
                    }
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
