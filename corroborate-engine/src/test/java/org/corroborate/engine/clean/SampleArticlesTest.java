package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.ingest.IngestLimits;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.ingest.Input;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The article tables of {@code samples/EXPECTED.md}: outlet, title, byline and publication date of each of the
 * 18 sample articles in each of its three formats, and the captions of their scraped text, as the answer key
 * gives them. An empty cell means the format does not give the field ("none in the text").
 */
class SampleArticlesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("corroborate.samples", "../samples"));

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULT);
    private final ArticleCleaner cleaner = new ArticleCleaner(Optional.empty());

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // story | outlet slug | outlet | html byline | text outlet | text byline | html published | text published
        "salt-road         | screenline      | Screenline              | Marisol Thorne     | Screenline              | Marisol Thorne     | 2024-04-02T10:30-04:00 | 2024-04-02T10:30-04:00",
        "salt-road         | metro-pulse     | Metro Pulse             | Tess Vandermeer    | Metro Pulse             | Tess Vandermeer    | 2024-04-04T14:05-04:00 | ",
        "salt-road         | krvx            | KRVX 101.3              |                    | KRVX 101.3              |                    | 2024-04-05T09:20-04:00 | ",
        "salt-road         | harbour-courier | The Harbour Courier     | Ewan Castellano    | The Harbour Courier     | Ewan Castellano    | 2024-04-06T08:00-04:00 | 2024-04-06",
        "vellacott-fire    | krvx            | KRVX 101.3              |                    | KRVX 101.3              |                    | 2024-10-11T07:10-04:00 | ",
        "vellacott-fire    | harbour-courier | The Harbour Courier     | Nadia Pereira-Holt | The Harbour Courier     | Nadia Pereira-Holt | 2024-10-11T08:30-04:00 | 2024-10-11",
        "vellacott-fire    | coastline-press | Coastline Press Service | Aurelio Brandt     | Coastline Press Service | Aurelio Brandt     | 2024-10-11T11:00-04:00 | ",
        "vellacott-fire    | daily-brisk     | Daily Brisk             | Brisk News Desk    | Daily Brisk             | Brisk News Desk    | 2024-10-14T10:00-04:00 | 2024-10-14",
        "kettering-arrest  | calloway-ledger | The Calloway Ledger     | Joanna Pike        | The Calloway Ledger     | Joanna Pike        | 2024-10-15T17:45-04:00 | 2024-10-15",
        "kettering-arrest  | harbour-courier | The Harbour Courier     | Imogen Tarrant     | The Harbour Courier     | Imogen Tarrant     | 2024-10-16T08:15-04:00 | 2024-10-16",
        "kettering-arrest  | coastline-press | Coastline Press Service | Aurelio Brandt     | Coastline Press Service | Aurelio Brandt     | 2024-10-16T12:40-04:00 | ",
        "kettering-arrest  | metro-pulse     | Metro Pulse             | Caleb Mornington   | Metro Pulse             | Caleb Mornington   | 2024-10-17T11:30-04:00 | ",
        "threlkeld-retires | touchline-today | Touchline Today         | Jonah Eckersley    | Touchline Today         | Jonah Eckersley    | 2024-11-03T16:20-04:00 | 2024-11-03",
        "threlkeld-retires | harbour-courier | The Harbour Courier     | Sione Latchford    | The Harbour Courier     | Sione Latchford    | 2024-11-04T07:45-04:00 | 2024-11-04",
        "threlkeld-retires | coastline-press | Coastline Press Service | Aurelio Brandt     | Coastline Press Service | Aurelio Brandt     | 2024-11-03T18:05-04:00 | ",
        "pier-seven-fire   | calloway-ledger | The Calloway Ledger     | Joanna Pike        | The Calloway Ledger     | Joanna Pike        | 2024-10-12T13:00-04:00 | 2024-10-12",
        "pier-seven-fire   | coastline-press | Coastline Press Service | Aurelio Brandt     | Coastline Press Service | Aurelio Brandt     | 2024-10-12T15:30-04:00 | ",
        "pier-seven-fire   | harbour-courier | The Harbour Courier     | Nadia Pereira-Holt | The Harbour Courier     | Nadia Pereira-Holt | 2024-10-13T09:00-04:00 | 2024-10-13",
    })
    void eachFormatGivesWhatTheAnswerKeySays(String story, String slug, String outlet, String htmlByline,
            String textOutlet, String textByline, String htmlPublished, String textPublished) {
        Metadata html = clean(story, slug, "html").metadata();
        assertThat(html.outlet()).isEqualTo(Optional.ofNullable(outlet));
        assertThat(html.byline()).isEqualTo(Optional.ofNullable(htmlByline));
        assertThat(html.published().map(Published::iso)).contains(htmlPublished);
        assertThat(html.title()).isPresent();

        Article textArticle = clean(story, slug, "txt");
        Metadata text = textArticle.metadata();
        assertThat(text.outlet()).isEqualTo(Optional.ofNullable(textOutlet));
        assertThat(text.byline()).isEqualTo(Optional.ofNullable(textByline));
        assertThat(text.published().map(Published::iso)).isEqualTo(Optional.ofNullable(textPublished));
        // KRVX's scrape starts with the lede; every other scrape starts with the page's headline.
        assertThat(text.title()).isEqualTo(slug.equals("krvx") ? Optional.empty() : html.title());

        Metadata json = clean(story, slug, "json").metadata();
        assertThat(json.title()).isEqualTo(html.title());
        assertThat(json.outlet()).as("news-please's source_domain").hasValueSatisfying(d -> assertThat(d).endsWith(".example"));
        // news-please gives the same moment in UTC; and no author where the page has only a desk's name.
        assertThat(json.published().flatMap(Published::moment).map(OffsetDateTime::toInstant))
                .isEqualTo(html.published().flatMap(Published::moment).map(OffsetDateTime::toInstant));
        assertThat(json.byline()).isEqualTo(slug.equals("daily-brisk") ? Optional.empty() : html.byline());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // story | outlet slug | how each caption of the scrape begins, once each, in text order
        "salt-road         | screenline      | Tobiah Wrenfield and Juno Ashcombe at the Solenne",
        "salt-road         | metro-pulse     | Juno Ashcombe at the Solenne; Tobiah Wrenfield at the Solenne",
        "salt-road         | krvx            | ",
        "salt-road         | harbour-courier | The Quayside, where much of The Salt Road",
        "vellacott-fire    | krvx            | ",
        "vellacott-fire    | harbour-courier | Smoke rises over the Larkspur Mill",
        "vellacott-fire    | coastline-press | ",
        "vellacott-fire    | daily-brisk     | ",
        "kettering-arrest  | calloway-ledger | Ambrose Kettering at City Hall in 2019",
        "kettering-arrest  | harbour-courier | Former mayor Ambrose Kettering leaves",
        "kettering-arrest  | coastline-press | ",
        "kettering-arrest  | metro-pulse     | ",
        "threlkeld-retires | touchline-today | Mattias Threlkeld celebrates his winner",
        "threlkeld-retires | harbour-courier | Mattias Threlkeld applauds the home fans",
        "threlkeld-retires | coastline-press | ",
        "pier-seven-fire   | calloway-ledger | Smoke from the Pier 7 fire",
        "pier-seven-fire   | coastline-press | ",
        "pier-seven-fire   | harbour-courier | The remains of the Brightwell Logistics warehouse",
    })
    void eachScrapeKeepsItsCaptionsOnceEach(String story, String slug, String openings) {
        Article a = clean(story, slug, "txt");
        List<String> captions = a.captions().stream().map(b -> a.textOf(b.span())).toList();
        List<String> expected = openings == null ? List.of() : List.of(openings.split(";\\s*"));

        assertThat(captions).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(captions.get(i)).startsWith(expected.get(i));
        }
    }

    private Article clean(String story, String slug, String extension) {
        String folder = extension.equals("txt") ? "text" : extension;
        Path file = SAMPLES.resolve(folder).resolve(story).resolve(slug + "." + extension);
        assertThat(file).exists();
        List<Ingested> ingested = new ArrayList<>();
        ingestor.ingest(Input.file(file), InputStream.nullInputStream(), ingested::add);
        assertThat(ingested).hasSize(1).first().isInstanceOf(Document.class);
        Extracted extracted = cleaner.apply((Document) ingested.get(0));
        assertThat(extracted).isInstanceOf(Article.class);
        return (Article) extracted;
    }
}
