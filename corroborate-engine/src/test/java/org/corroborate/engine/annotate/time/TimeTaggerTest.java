package org.corroborate.engine.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Span;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.TimeKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule family on invented sentences, with and without a publication date, and the names that look like times. */
class TimeTaggerTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);

    private final TimeTagger tagger = new TimeTagger();

    private List<TimeExpression> tag(String text, Optional<LocalDate> published) {
        return tagger.tag(text, List.of(new Span(0, text.length())), published);
    }

    private List<TimeExpression> tag(String text) {
        return tag(text, Optional.of(PUBLISHED));
    }

    /** The one expression whose text is {@code phrase}; fails when there is none. */
    private TimeExpression only(String text, String phrase, Optional<LocalDate> published) {
        List<TimeExpression> found = tag(text, published);
        assertThat(found).extracting(TimeExpression::text).contains(phrase);
        return found.stream().filter(t -> t.text().equals(phrase)).findFirst().orElseThrow();
    }

    private String value(String text, String phrase) {
        return only(text, phrase, Optional.of(PUBLISHED)).value();
    }

    private String valueWithoutDate(String text, String phrase) {
        return only(text, phrase, Optional.empty()).value();
    }

    @Nested
    class AbsoluteDates {

        @Test
        void fullDatesKeepTheDay() {
            assertThat(value("The ferry sank off the coast on August 25, 2001, in heavy seas.", "August 25, 2001"))
                    .isEqualTo("2001-08-25");
            assertThat(value("Records show the mill closed on 3 March 1987 for good.", "3 March 1987")).isEqualTo("1987-03-03");
            assertThat(value("The form was dated 8/25/01 by the clerk.", "8/25/01")).isEqualTo("2001-08-25");
            assertThat(value("The log entry reads 2019-11-04 in red ink.", "2019-11-04")).isEqualTo("2019-11-04");
            assertThat(value("The treaty was signed on Tuesday, June 14, 1994, in Geneva.", "Tuesday, June 14, 1994"))
                    .isEqualTo("1994-06-14");
        }

        @Test
        void monthAndYearKeepTheMonth() {
            assertThat(value("The singer left the band in Aug. 2001 after a long tour.", "Aug. 2001")).isEqualTo("2001-08");
            assertThat(value("The bridge reopened in early May 2010 to traffic.", "early May 2010")).isEqualTo("2010-05");
        }

        @Test
        void aYearAloneIsTheYear() {
            assertThat(value("The painter moved to Lisbon in 2001 and never left.", "2001")).isEqualTo("2001");
            assertThat(value("Profits fell in fiscal 1989 at the brewer.", "fiscal 1989")).isEqualTo("1989");
            assertThat(value("It was, he said, the winter of nineteen ninety-four.", "the winter of nineteen ninety-four"))
                    .isEqualTo("1994-WI");
        }

        @Test
        void aDateWithoutAYearTakesTheNearestOneInTheTensesDirection() {
            assertThat(value("The committee will meet on April 2 to decide.", "April 2")).isEqualTo("2023-04-02");
            assertThat(value("She will succeed the chairman Nov. 9, the board said.", "Nov. 9")).isEqualTo("2023-11-09");
            assertThat(value("The shop was robbed on Feb. 20, police said.", "Feb. 20")).isEqualTo("2023-02-20");
            assertThat(value("The vote, which took place Nov. 8, was close.", "Nov. 8")).isEqualTo("2022-11-08");
        }

        @Test
        void aDatelineIsADateToo() {
            assertThat(value("WASHINGTON, March 12 (Wire) -- The senate voted.", "March 12")).isEqualTo("2023-03-12");
        }

        @Test
        void aWeekdayBesideTheDateFixesTheYear() {
            assertThat(value("The flood peaked on Friday, Oct. 23, the agency said.", "Friday, Oct. 23")).isEqualTo("2020-10-23");
        }

        @Test
        void decadesCenturiesAndSeasons() {
            assertThat(value("Rents doubled in the 1990s in the old town.", "the 1990s")).isEqualTo("199");
            assertThat(value("The club was popular in the late '80s with students.", "the late '80s")).isEqualTo("198");
            assertThat(value("Cholera returned in the 19th century to the port.", "the 19th century")).isEqualTo("18");
            assertThat(value("The roof was fixed last summer by volunteers.", "last summer")).isEqualTo("2022-SU");
            assertThat(value("Sales rose in the spring of 1998 at the chain.", "the spring of 1998")).isEqualTo("1998-SP");
        }

        @Test
        void quartersAreTheLastOneBegun() {
            assertThat(value("The miner posted a third-quarter loss of $3 million.", "third-quarter")).isEqualTo("2022-Q3");
            assertThat(value("The miner posted a loss in the first quarter of 2021.", "the first quarter of 2021"))
                    .isEqualTo("2021-Q1");
            assertThat(value("Output fell in the first half of 1990 at the plant.", "the first half of 1990")).isEqualTo("1990-H1");
            assertThat(value("Revenue in Q3 2021 beat forecasts.", "Q3 2021")).isEqualTo("2021-Q3");
            assertThat(value("Revenue in Q4 beat forecasts.", "Q4")).isEqualTo("2022-Q4");
        }

        @Test
        void holidaysFallWhereTheCalendarPutsThem() {
            assertThat(value("The parade was held on Thanksgiving Day 2019 despite rain.", "Thanksgiving Day 2019"))
                    .isEqualTo("2019-11-28");
            assertThat(value("The church was full on Easter 2000 for the first time.", "Easter 2000")).isEqualTo("2000-04-23");
        }
    }

    @Nested
    class RelativeToPublication {

        @Test
        void aBareWeekdayIsTheLastOneOrTheComingOneInAFutureSentence() {
            assertThat(value("The mayor resigned Saturday after the vote.", "Saturday")).isEqualTo("2023-03-11");
            assertThat(value("The council will vote Saturday on the budget.", "Saturday")).isEqualTo("2023-03-18");
            assertThat(value("The mayor resigned on Wednesday.", "Wednesday")).isEqualTo("2023-03-15");
            assertThat(value("The strike ended last Monday in the port.", "last Monday")).isEqualTo("2023-03-13");
        }

        @Test
        void deicticWords() {
            assertThat(value("The bridge reopened yesterday to traffic.", "yesterday")).isEqualTo("2023-03-14");
            assertThat(value("The band plays tonight at the hall.", "tonight")).isEqualTo("2023-03-15TNI");
            assertThat(value("The storm hit this morning along the coast.", "this morning")).isEqualTo("2023-03-15TMO");
            assertThat(value("Fans queued last night outside the arena.", "last night")).isEqualTo("2023-03-14TNI");
            assertThat(value("Shares fell by mid-afternoon in Tokyo.", "mid-afternoon")).isEqualTo("2023-03-15TAF");
            assertThat(value("Prices are now higher than ever.", "now")).isEqualTo("PRESENT_REF");
            assertThat(value("Prices have risen recently in the city.", "recently")).isEqualTo("PAST_REF");
        }

        @Test
        void calendarUnitsCountFromThePublicationDate() {
            assertThat(value("The club hired a coach last week after the loss.", "last week")).isEqualTo("2023-W10");
            assertThat(value("The museum opened earlier this month to crowds.", "earlier this month")).isEqualTo("2023-03");
            assertThat(value("The firm expects a profit next year, it said.", "next year")).isEqualTo("2024");
            assertThat(value("The tower was finished two years ago by a local firm.", "two years ago")).isEqualTo("2021");
            assertThat(value("The rules changed three months ago for tenants.", "three months ago")).isEqualTo("2022-12");
        }

        @Test
        void clockTimesFallOnThePublicationDateOrTheDayNamed() {
            assertThat(value("The fire started at 10:35 a.m. in the kitchen.", "10:35 a.m.")).isEqualTo("2023-03-15T10:35");
            assertThat(value("The offer expires at 5 p.m. EST Friday, the bank said.", "5 p.m. EST Friday"))
                    .isEqualTo("2023-03-10T17:00");
        }
    }

    @Nested
    class RelativeToTheStory {

        @Test
        void narrativeDaysCountFromTheLastDateNamed() {
            String text = "The dam broke on March 3, 2020. The next day, crews arrived. Two days later the water fell.";
            assertThat(value(text, "The next day")).isEqualTo("2020-03-04");
            assertThat(value(text, "Two days later")).isEqualTo("2020-03-06");
        }

        @Test
        void aYearEarlierKeepsThePrecisionOfWhatItComparesWith() {
            String text = "The grocer earned $4 million in the third quarter. A year earlier it had lost money.";
            assertThat(value(text, "the third quarter")).isEqualTo("2022-Q3");
            assertThat(value(text, "A year earlier")).isEqualTo("2021-Q3");
        }

        @Test
        void theAnniversaryOfADatedEventLandsThatManyYearsLater() {
            String text = "The singer died in a crash in Aug. 2001. In 2021 her friends gathered on the 20th anniversary "
                    + "of her death.";
            assertThat(value(text, "the 20th anniversary")).isEqualTo("2021-08");
        }

        @Test
        void aDateThatNamesAnOldEventIsNotMovedToThePublicationYear() {
            assertThat(value("The song was played often after the June 20 attacks.", "June 20")).isEqualTo("XXXX-06-20");
            String story = "The singer died on August 25, 2001. The song was played often after the September 11 attacks.";
            assertThat(value(story, "September 11")).isEqualTo("2001-09-11");
            assertThat(value("Police are still searching after the Feb. 20 robbery.", "Feb. 20")).isEqualTo("2023-02-20");
        }

        @Test
        void aDayComparedWithAnUndatedEventIsUnknown() {
            String text = "The storm broke on May 2, 2019. The singer died on the same day as the video shoot.";
            assertThat(value(text, "the same day")).isEqualTo("XXXX-XX-XX");
            assertThat(value("The bridge fell that day, witnesses said.", "that day")).isEqualTo("XXXX-XX-XX");
        }

        @Test
        void anAnniversaryWithNothingToCountFromStaysOpen() {
            assertThat(value("The town marked the 50th anniversary of the flood with a march.", "the 50th anniversary"))
                    .isEqualTo("XXXX");
        }
    }

    @Nested
    class DurationsAndSets {

        @Test
        void durations() {
            assertThat(value("The lease runs for four years in all.", "four years")).isEqualTo("P4Y");
            assertThat(value("The lease ends four years from now.", "four years from now")).isEqualTo("2027");
            assertThat(value("Prices rose over the past two months in the region.", "the past two months")).isEqualTo("P2M");
            assertThat(value("The talks lasted a few days in all.", "a few days")).isEqualTo("PXD");
            assertThat(value("The climb took 2 1/2 hours in fog.", "2 1/2 hours")).isEqualTo("PT2H30M");
            assertThat(value("It was a 30-year mortgage at a fixed rate.", "30-year")).isEqualTo("P30Y");
            assertThat(only("The lease runs for four years.", "four years", Optional.of(PUBLISHED)).kind())
                    .isEqualTo(TimeKind.DURATION);
        }

        @Test
        void sets() {
            assertThat(value("The ferry runs daily in summer.", "daily")).isEqualTo("P1D");
            assertThat(value("The choir meets every Thursday in the hall.", "every Thursday")).isEqualTo("XXXX-WXX-4");
            assertThat(value("The plant makes $5 million a year for the town.", "a year")).isEqualTo("P1Y");
            assertThat(only("The ferry runs daily in summer.", "daily", Optional.of(PUBLISHED)).kind()).isEqualTo(TimeKind.SET);
        }
    }

    @Nested
    class WithoutAPublicationDate {

        @Test
        void whatWouldComeFromTheDateStaysOpen() {
            assertThat(valueWithoutDate("The mayor resigned Saturday after the vote.", "Saturday")).isEqualTo("XXXX-WXX-6");
            assertThat(valueWithoutDate("The bridge reopened yesterday to traffic.", "yesterday")).isEqualTo("XXXX-XX-XX");
            assertThat(valueWithoutDate("The club was relegated last year.", "last year")).isEqualTo("XXXX");
            assertThat(valueWithoutDate("The vote, which took place Nov. 8, was close.", "Nov. 8")).isEqualTo("XXXX-11-08");
        }

        @Test
        void absoluteDatesNeedNoDate() {
            assertThat(valueWithoutDate("The ferry sank on August 25, 2001, in heavy seas.", "August 25, 2001"))
                    .isEqualTo("2001-08-25");
        }

        @Test
        void theStoryStillAnchorsNarrativeExpressions() {
            String text = "The dam broke on March 3, 2020. The next day, crews arrived.";
            assertThat(valueWithoutDate(text, "The next day")).isEqualTo("2020-03-04");
        }
    }

    @Nested
    class NamesThatLookLikeTimes {

        private List<String> texts(String text) {
            return tag(text).stream().map(TimeExpression::text).toList();
        }

        @Test
        void programmesAndTitles() {
            assertThat(texts("The actress told Entertainment Tonight about the shoot.")).isEmpty();
            assertThat(texts("Fans loved the Tonight singer and his band.")).isEmpty();
            assertThat(texts("The story ran in USA Today and the Sunday Times.")).isEmpty();
            assertThat(texts("The minister spoke on \"This Week\" and on \"60 Minutes\".")).isEmpty();
        }

        @Test
        void countsAreNotYears() {
            assertThat(texts("Articles Published: 1508")).isEmpty();
            assertThat(texts("Posts: 2001")).isEmpty();
            assertThat(texts("The march drew 2000 people and 1,998 dogs.")).isEmpty();
            assertThat(texts("The index closed at 2082.1 points.")).isEmpty();
        }

        @Test
        void verbsAndPeople() {
            assertThat(texts("Prices may rise if workers march again.")).isEmpty();
            assertThat(texts("Analysts worry about future earnings.")).isEmpty();
            assertThat(texts("The envoy April Glaspie met Theresa May in London.")).isEmpty();
            assertThat(texts("He has a 6-year-old son and a 52-year-old brother.")).isEmpty();
            assertThat(texts("The singer was only 22 years old.")).isEmpty();
        }

    }
}
