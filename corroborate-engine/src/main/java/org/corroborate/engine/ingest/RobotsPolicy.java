package org.corroborate.engine.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Decides whether a URL may be fetched, by its site's robots.txt as RFC 9309 says: rules parsed with
 * crawler-commons for our robot name; a robots.txt that is missing (4xx) allows everything (section 2.3.1.3);
 * one that cannot be reached (5xx, network failure, time-out) disallows everything (section 2.3.1.4). Each
 * site's rules are fetched once and kept for the life of the policy.
 *
 * <p>Thread-safe: the cache is concurrent; two threads may fetch the same robots.txt once each.
 */
final class RobotsPolicy {

    /** A robots.txt fetch: its status (-1 when it failed), body, content type and failure reason. */
    record Answer(int status, byte[] body, Optional<String> contentType, String failure) {
    }

    /** Fetches a robots.txt before a deadline. */
    @FunctionalInterface
    interface Fetch {
        Answer get(URI robotsTxt, Instant deadline);
    }

    private final String robotName;
    private final Fetch fetch;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, Rules> bySite = new ConcurrentHashMap<>();

    /** A site's rules and, when they come from a failure, why. */
    private record Rules(BaseRobotRules rules, String failure) {
    }

    RobotsPolicy(String robotName, Fetch fetch) {
        this.robotName = robotName;
        this.fetch = fetch;
    }

    /** Why {@code url} may not be fetched, or empty when it may. */
    Optional<String> refusal(URI url, Instant deadline) {
        String site = site(url);
        Rules rules = bySite.get(site);
        if (rules == null) {
            rules = load(URI.create(site + "/robots.txt"), deadline);
            bySite.putIfAbsent(site, rules);
        }
        if (rules.rules().isAllowed(url.toString())) {
            return Optional.empty();
        }
        if (!rules.failure().isEmpty()) {
            return Optional.of("was not fetched: " + site + "/robots.txt could not be read (" + rules.failure()
                    + "), and a site whose robots.txt is unreachable must be taken as disallowing all (RFC 9309)");
        }
        return Optional.of("is disallowed by " + site + "/robots.txt for the user agent \"" + robotName + "\"");
    }

    private Rules load(URI robotsTxt, Instant deadline) {
        Answer answer = fetch.get(robotsTxt, deadline);
        if (answer.status() < 0) {
            return new Rules(parser.failedFetch(503), answer.failure());
        }
        if (answer.status() >= 200 && answer.status() <= 299) {
            return new Rules(parser.parseContent(robotsTxt.toString(), answer.body(),
                    answer.contentType().orElse("text/plain"), List.of(robotName)), "");
        }
        if (answer.status() >= 500) {
            return new Rules(parser.failedFetch(answer.status()), "HTTP status " + answer.status());
        }
        return new Rules(parser.failedFetch(answer.status()), "");
    }

    /** {@code scheme://host[:port]} of a URL, lower case. */
    static String site(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }
}
