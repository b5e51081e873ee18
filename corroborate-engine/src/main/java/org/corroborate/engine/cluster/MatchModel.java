package org.corroborate.engine.cluster;

/**
 * How the clusterer weighs the evidence that an article (or a story) reports the same event as a story: a
 * logistic model over similarities, whose output from 0 to 1 is compared with a threshold.
 *
 * <p>The weights were fitted on ECB+'s development topics (1-35), whose topics each hold two events of one kind
 * (two fires at Waitrose stores, two Klitschko title defences), first by logistic regression on article-story
 * pairs taken from the gold stories as they grow in a stream, then by a local search on the BCubed F1 of whole
 * streaming runs in three orders. Names weigh most: events of one kind differ first in who and where. Numbers
 * (scores, tolls, sums, rounds) tell such events apart too; so do the years, a story whose texts name nothing
 * later than 2008 being unlikely to take a report from 2013.
 *
 * @param names     weight of the cosine of IDF-weighted name features
 * @param words     weight of the cosine of IDF-weighted content words
 * @param lead      weight of the cosine of the lead embeddings
 * @param numbers   weight of the cosine of the numbers alone
 * @param laterYear penalty when the one's latest year (of publication, or named in its text) lies three or more
 *                  years after the other's
 * @param farApart  penalty per 30 days that the publication dates lie apart beyond a week, up to 90 days
 * @param bias      the constant term
 */
record MatchModel(double names, double words, double lead, double numbers, double laterYear, double farApart,
        double bias) {

    /** An article against a story. */
    static final MatchModel ARTICLE = new MatchModel(6.28, 1.72, 4.22, 1.0, 1.92, 0.72, -5.0);

    /** A story against a story, when stories are consolidated. */
    static final MatchModel STORY = new MatchModel(4.85, 4.27, 2.88, 1.8, 1.46, 0.72, -3.84);

    /** Years apart from which {@link #laterYear} applies. */
    static final int YEARS = 3;

    /** @param yearsLater how many years the latest year of the newcomer lies after the story's; 0 when unknown */
    double probability(double nameCosine, double wordCosine, double leadCosine, double numberCosine, int yearsLater,
            long daysApart) {
        double far = Math.min(3.0, Math.max(0, daysApart - 7) / 30.0);
        double z = names * nameCosine + words * wordCosine + lead * leadCosine + numbers * numberCosine
                - (yearsLater >= YEARS ? laterYear : 0) - farApart * far + bias;
        return 1 / (1 + Math.exp(-z));
    }
}
