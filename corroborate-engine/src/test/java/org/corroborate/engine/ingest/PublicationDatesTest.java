package org.corroborate.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Published;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-11-19T04:15:38Z                | 2019-11-19T04:15:38Z",
        "2019-11-19T04:15:38.123-05:00       | 2019-11-19T04:15:38.123-05:00",
        "2019-11-19T04:15:38+0000            | 2019-11-19T04:15:38Z",
        "2019-05-13 12:00:00                 | 2019-05-13T12:00Z",
        "Tue, 19 Nov 2019 04:15:38 GMT       | 2019-11-19T04:15:38Z",
        "19 Nov 2019 04:15 +0100             | 2019-11-19T04:15+01:00",
        "2019-11-19                          | 2019-11-19",
        "20191119                            | 2019-11-19",
        "November 19, 2019                   | 2019-11-19",
        "Nov. 19, 2019 3:05 p.m. ET          | 2019-11-19T15:05-05:00",
        "April 2, 2024 10:30am ET            | 2024-04-02T10:30-04:00",
        "Published April 6, 2024 · 8:00 a.m. | 2024-04-06",
        "Posted Oct 15, 2024 5:45 PM         | 2024-10-15",
        "Sunday 3 November 2024 16:20 GMT    | 2024-11-03T16:20Z",
        "Sunday 3 November 2024 16:20        | 2024-11-03",
        "June 1, 2024 13:30 p.m. ET          | 2024-06-01",
        "19 November 2019                    | 2019-11-19",
    })
    void readsTheFormsPagesAndContainersUse(String value, String iso) {
        assertThat(PublicationDates.parse(value)).map(Published::iso).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2019-13-45", "Updated 2 hours ago", "42"})
    void givesNothingForWhatIsNotADate(String value) {
        assertThat(PublicationDates.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.nj.com/entertainment/2019/11/19/florida-man.html | 2019-11-19",
        "https://www.latimes.com/story/2019-11-19/disney-plus        | 2019-11-19",
        "https://example.org/news/20191119/story                     | 2019-11-19",
    })
    void findsADateInAUrlPath(String url, String iso) {
        assertThat(PublicationDates.inUrl(url)).map(Published::iso).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/2019/11/story", "https://2019-11-19.example.org/a", "https://x.org/id/123456789"})
    void ignoresUrlsWithoutAFullDateInThePath(String url) {
        assertThat(PublicationDates.inUrl(url)).isEmpty();
    }
}
