package org.corroborate.engine.cluster;

/**
 * How the clusterer weighs the {@link Evidence} that an article (or a story) reports the same event as a story: a
 * logistic model whose output from 0 to 1 is compared with a threshold.
 *
 * <p>The weights are fitted on ECB+'s development topics (1-35), whose topics each hold two events of one kind
 * (two fires at Waitrose stores, two Klitschko title defences, two DUI arrests of San Diego Chargers a month
 * apart): first by logistic regression on the article-story and story-story pairs that streaming runs in three
 * orders put before the model, then by a local search on the mean BCubed F1 of whole streaming runs, in folder
 * order and five shuffled orders other than the two the evaluation reports ({@code MatchModelFit} in
 * {@code corroborate-eval}). Names weigh most, and the names of
 * people on their own: events of one kind differ first in who, and two reports that both name people but not the
 * same ones are seldom of one event. The calendar days the texts name, with or without a year, tell apart events
 * of one kind at different times; numbers (scores, tolls, sums, rounds) tell them apart too; so do the years, a
 * story whose texts name nothing later than 2008 being unlikely to take a report from 2013. The days between
 * publication dates earned no weight there (ECB+'s older reports carry no date, so the pairs that matter seldom
 * have two) and are left to {@link ClusterSettings#windowDays()}. Words weigh slightly against a match once the
 * lead embedding is counted: they say again what the lead says, and reports of two events of one kind share them.
 *
 * @param names       weight of {@link Evidence#names()}
 * @param persons     weight of {@link Evidence#persons()}
 * @param peopleNamed added when both name people, whatever their cosine
 * @param words       weight of {@link Evidence#words()}
 * @param numbers     weight of {@link Evidence#numbers()}
 * @param days        weight of {@link Evidence#days()}
 * @param daysNamed   added when both name calendar days, whatever their cosine
 * @param lead        weight of {@link Evidence#lead()}
 * @param laterYear   subtracted when {@link Evidence#yearsLater()} is {@value #YEARS} or more
 * @param bias        the constant term
 */
record MatchModel(double names, double persons, double peopleNamed, double words, double numbers, double days,
        double daysNamed, double lead, double laterYear, double bias) {

    /** An article against a story. */
    static final MatchModel ARTICLE = new MatchModel(2.918, 4.146, -0.292, -1.051, 3.280, 5.236, -0.894, 7.491, 1.484, -6.795);

    /** A story against a story, when stories are consolidated. */
    static final MatchModel STORY = new MatchModel(4.069, 9.932, -0.326, -0.692, 1.282, 3.007, -0.768, 7.515, 2.453, -5.334);

    /** Years apart from which {@link #laterYear} applies. */
    static final int YEARS = 3;

    /** The probability, from 0 to 1, that the two report one event. */
    double probability(Evidence e) {
        double z = names * e.names() + persons * e.persons() + (e.bothNamePeople() ? peopleNamed : 0)
                + words * e.words() + numbers * e.numbers() + days * e.days() + (e.bothNameDays() ? daysNamed : 0)
                + lead * e.lead() - (e.yearsLater() >= YEARS ? laterYear : 0) + bias;
        return 1 / (1 + Math.exp(-z));
    }
}
