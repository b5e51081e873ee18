package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.Format;
import org.corroborate.model.Metadata;
import org.corroborate.model.NotAnArticle;
import org.junit.jupiter.api.Test;

/** Main-content extraction on pages made for these tests. */
class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();

    private static String page(String name) throws IOException {
        try {
            return Files.readString(Path.of(HtmlCleanerTest.class.getResource("/ingest/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(HtmlCleaner.Result r, BlockKind kind) {
        return r.blocks().stream().filter(b -> b.kind() == kind).map(b -> b.span().of(r.text())).toList();
    }

    @Test
    void metadataComesFromJsonLdAndMetaTags() throws IOException {
        HtmlCleaner.Result r = cleaner.clean(page("harbour-ferry.html"));

        Metadata m = r.metadata();
        assertThat(m.title()).contains("Harbour ferry returns after storm");
        assertThat(m.byline()).contains("Mara Ellison, Tobias Wren");
        assertThat(m.outlet()).contains("The Kestrel Gazette");
        assertThat(m.published()).hasValueSatisfying(p ->
                assertThat(p.moment()).contains(OffsetDateTime.parse("2024-03-07T08:15:00Z")));
        assertThat(m.language()).contains("en-GB");
        assertThat(r.canonicalUrl()).contains(URI.create("https://gazette.example/news/2024/03/07/harbour-ferry-returns"));
    }

    @Test
    void theArticleTextKeepsItsParagraphsInOrderAndNothingFromAroundIt() throws IOException {
        HtmlCleaner.Result r = cleaner.clean(page("harbour-ferry.html"));

        assertThat(texts(r, BlockKind.PARAGRAPH)).hasSize(5).satisfies(p -> {
            assertThat(p.get(0)).startsWith("The Kestrel Harbour ferry carried its first passengers in nine days")
                    .endsWith("tore loose last week.");
            assertThat(p.get(1)).startsWith("“We had people queueing from six o’clock,” said harbour master");
            assertThat(p.get(2)).startsWith("The council said the repairs cost about £180,000");
            assertThat(p.get(3)).startsWith("Some passengers asked why the ferry");
            assertThat(p.get(4)).isEqualTo("The operator, Estuary Lines, said it would publish its weather policy next month.");
        });
        assertThat(texts(r, BlockKind.HEADING)).containsExactly("Questions over warning");
        assertThat(texts(r, BlockKind.BLOCKQUOTE)).containsExactly(
                "The crossing was safe until the wind turned, and we stopped it as soon as it did.");
        assertThat(r.text()).doesNotContain("cookies", "Home", "Most read", "All rights reserved", "About time too");
        assertThat(r.text()).contains("\n\n").doesNotContain("\n\n\n");
    }

    @Test
    void captionsAndBoilerplateInsideTheArticleAreBlocksOfTheirKind() throws IOException {
        HtmlCleaner.Result r = cleaner.clean(page("harbour-ferry.html"));

        assertThat(texts(r, BlockKind.CAPTION)).containsExactly(
                "The ferry Saltmarsh Belle leaves the repaired landing stage on Thursday.");
        assertThat(texts(r, BlockKind.RELATED)).contains("Storm Imogen: what we know", "Estuary bridge closed to lorries");
        assertThat(texts(r, BlockKind.ADVERTISEMENT)).containsExactly("Advertisement");
        assertThat(texts(r, BlockKind.READ_MORE)).containsExactly("READ MORE: Estuary Lines names new chief executive");
    }

    @Test
    void everyBlockPointsToTheMarkupItCameFrom() throws IOException {
        String html = page("harbour-ferry.html");
        HtmlCleaner.Result r = cleaner.clean(html);

        for (Block b : r.blocks()) {
            String text = b.span().of(r.text());
            assertThat(b.origin()).as(text).isPresent();
            String markup = b.origin().get().of(html);
            String firstWords = text.substring(0, Math.min(text.length(), 12));
            assertThat(markup).as(text).startsWith(firstWords);
        }
    }

    @Test
    void textBetweenLineBreaksAndTablesIsKept() {
        String html = "<html><body><div id='nav'><a href='/'>Home</a> <a href='/n'>News</a></div>"
                + "<div class='entry'>Councillors voted on Tuesday to keep the ferry subsidy, by 14 votes to 6, after a"
                + " long debate.<br><br>The subsidy costs about £1.2m a year, and it pays for the early and late"
                + " crossings that few passengers use.<br>It will be reviewed in 2026.<br><br>"
                + "<table><tr><td>For</td><td>14</td></tr><tr><td>Against</td><td>6</td></tr></table></div></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html);

        List<String> paragraphs = texts(r, BlockKind.PARAGRAPH);
        assertThat(paragraphs.get(0)).startsWith("Councillors voted on Tuesday");
        assertThat(paragraphs.get(1)).isEqualTo("The subsidy costs about £1.2m a year, and it pays for the early and"
                + " late crossings that few passengers use.\nIt will be reviewed in 2026.");
        assertThat(paragraphs).contains("For", "14", "Against", "6");
        assertThat(r.text()).doesNotContain("Home");
    }

    @Test
    void inlineBoilerplateIsSetAsideWithoutCuttingItsSentence() {
        String html = "<html><body><article><p>The mayor <span class='ad-slot'>Buy tickets now</span>said the"
                + " bridge would reopen to lorries on Monday, two weeks earlier than planned.</p>"
                + "<p>Engineers finished the repairs to the expansion joints over the weekend, the council said.</p>"
                + "</article></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html);

        assertThat(texts(r, BlockKind.PARAGRAPH)).first().isEqualTo(
                "The mayor said the bridge would reopen to lorries on Monday, two weeks earlier than planned.");
        assertThat(texts(r, BlockKind.ADVERTISEMENT)).containsExactly("Buy tickets now");
    }

    @Test
    void embeddedPostsAreQuotedContentNotShareBars() {
        String html = "<html><body><article><p>Residents reacted quickly to the council's decision on Friday,"
                + " and many of them posted their views online within the hour.</p>"
                + "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Finally, a bridge that"
                + " stays open in winter.</p>— A Resident (@resident) March 8, 2024</blockquote></div>"
                + "<p>The council said it would publish the full costs of the repair next month.</p></article></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html);

        assertThat(texts(r, BlockKind.BLOCKQUOTE)).contains("Finally, a bridge that stays open in winter.");
    }

    @Test
    void aLinkedHeadlineIsARelatedLinkButALinkedSentenceIsProse() {
        String html = "<html><body><article><p>The lifeboat was launched twice on Sunday, once for a yacht with a"
                + " broken mast and once for a swimmer caught by the tide off Gull Point.</p>"
                + "<p><a href='/a'>Lifeboat station appeals for volunteers</a></p>"
                + "<p><a href='/b'>The swimmer was treated for cold shock and released the same evening.</a></p>"
                + "<p>The crew have been called out 31 times this year, the station said on Monday evening.</p>"
                + "</article></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html);

        assertThat(texts(r, BlockKind.RELATED)).containsExactly("Lifeboat station appeals for volunteers");
        assertThat(texts(r, BlockKind.PARAGRAPH)).contains("The swimmer was treated for cold shock and released the same evening.");
    }

    @Test
    void aShortLineBeforeAPhotoCreditIsItsCaption() {
        String html = "<html><body><article><p>The new gangway was lifted into place by a floating crane on Friday"
                + " morning, watched by a crowd of several hundred people.</p><p>The gangway arrives by barge</p>"
                + "<p>Ann Example | Estuary Photos | Getty Images</p><p>It weighs 40 tonnes and cost £120,000, the"
                + " council said, most of it paid for by the ferry operator.</p></article></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html);

        assertThat(texts(r, BlockKind.CAPTION)).containsExactly("The gangway arrives by barge");
        assertThat(texts(r, BlockKind.CREDIT)).containsExactly("Ann Example | Estuary Photos | Getty Images");
    }

    @Test
    void aSubtitleUnderTheTitleThatRepeatsThePagesDescriptionIsTheDekEvenInAPageHeader() {
        String page = "<html><head><meta name=\"description\" content=\"%s\"></head><body><div class=\"content-area\">"
                + "<div class=\"post-wrapper\"><div class=\"entry-header\"><h1 class=\"entry-title\">Ferry back after storm</h1>"
                + "<h2 class=\"entry-subtitle\">Nine days without a crossing ended on Thursday morning</h2>"
                + "<div class=\"entry-meta\">By Ann Example</div></div><p>The Kestrel"
                + " Harbour ferry carried its first passengers in nine days on Thursday, after repairs to the landing"
                + " stage that a storm tore loose last week.</p><p>The operator said the timetable would be back to"
                + " normal by the weekend, and that no crossings had been cancelled since.</p><p>Some passengers asked"
                + " why the ferry had not run on the two calm days before the repairs were finished, and the operator"
                + " said the landing stage could not be used safely until its new chains were fitted.</p><p>The council"
                + " said the repairs cost about £180,000 and would be paid for from its emergency fund.</p></div></div>"
                + "</body>"
                + "</html>";

        HtmlCleaner.Result described = cleaner.clean(page.formatted("Nine days without a crossing ended on Thursday morning"));
        HtmlCleaner.Result other = cleaner.clean(page.formatted("The ferry is back."));

        assertThat(texts(described, BlockKind.HEADING)).containsExactly("Nine days without a crossing ended on Thursday morning");
        assertThat(texts(other, BlockKind.HEADING)).isEmpty();
        assertThat(texts(other, BlockKind.OTHER_BOILERPLATE)).contains("Nine days without a crossing ended on Thursday morning");
    }

    @Test
    void hiddenElementsAndScriptsAreNeverText() {
        String html = "<html><body><article><p>The harbour festival returns in July with sixty stalls and a regatta"
                + " on the Saturday afternoon.</p><p style='display:none'>Hidden promotional text.</p>"
                + "<div hidden>Also hidden.</div><script>var tracking = 'x';</script><noscript>Enable JavaScript.</noscript>"
                + "<p>Tickets go on sale next week, the organisers said, at the same price as last year.</p></article></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html);

        assertThat(r.text()).contains("harbour festival", "Tickets go on sale")
                .doesNotContain("Hidden", "hidden", "tracking", "JavaScript");
    }

    @Test
    void aDomNestedFiftyThousandLevelsDeepIsExtractedWithoutOverflowingTheStack() {
        int depth = 50_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>The deepest paragraph of the page still reaches the reader, with every word in place.</p>");
        html.append("</div>".repeat(depth)).append("</body></html>");

        HtmlCleaner.Result r = cleaner.clean(html.toString());

        assertThat(texts(r, BlockKind.PARAGRAPH))
                .containsExactly("The deepest paragraph of the page still reaches the reader, with every word in place.");
    }

    @Test
    void aPageOfLinksIsNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 30; i++) {
            html.append("<li><a href='/s/").append(i).append("'>Story number ").append(i).append("</a></li>");
        }
        html.append("</ul></body></html>");
        Document document = new Document("index.html", Optional.empty(), Optional.empty(), Format.HTML,
                html.toString(), Metadata.EMPTY);

        Extracted e = new ArticleCleaner(Optional.empty()).apply(document);

        assertThat(e).isInstanceOfSatisfying(NotAnArticle.class,
                n -> assertThat(n.reason()).contains("no article text"));
    }

    @Test
    void theArticleCleanerTakesTheUrlFromTheCanonicalLinkWhenTheInputHasNone() throws IOException {
        Document document = new Document("saved.html", Optional.empty(), Optional.empty(), Format.HTML,
                page("harbour-ferry.html"), Metadata.EMPTY);

        Article a = (Article) new ArticleCleaner(Optional.empty()).apply(document);

        assertThat(a.url()).contains(URI.create("https://gazette.example/news/2024/03/07/harbour-ferry-returns"));
        assertThat(a.metadata().outlet()).contains("The Kestrel Gazette");
        assertThat(a.body()).isNotEmpty();
    }

    @Test
    void theOutletFallsBackToTheDomainAndTheDateToTheUrl() {
        String html = "<html><body><article><p>The estuary's oyster beds reopened on Monday after a two-year ban,"
                + " the fisheries office said, with catches limited to two days a week.</p></article></body></html>";

        HtmlCleaner.Result r = cleaner.clean(html, Optional.of(URI.create("https://www.estuary-news.example/2023/10/02/oysters")));

        assertThat(r.metadata().outlet()).contains("estuary-news.example");
        assertThat(r.metadata().published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-10-02"));
    }
}
