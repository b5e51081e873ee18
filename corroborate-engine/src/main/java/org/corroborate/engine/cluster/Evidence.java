package org.corroborate.engine.cluster;

/**
 * What a {@link MatchModel} weighs: how a newcomer (an article, or a story when stories are consolidated)
 * compares with a story. The cosines are of IDF-weighted features, each from 0 to 1.
 *
 * @param names          cosine of the name features
 * @param persons        cosine of the name features of people alone
 * @param bothNamePeople whether both name people at all: then a low {@code persons} says they name other people
 * @param words          cosine of the content words
 * @param numbers        cosine of the numbers alone, years left out
 * @param days           cosine of the calendar days named ({@code d:12-13})
 * @param bothNameDays   whether both name calendar days at all
 * @param lead           cosine of the lead embeddings
 * @param yearsLater     how many years the newcomer's latest year lies after the story's (for two stories, apart);
 *                       0 when either shows none
 */
public record Evidence(double names, double persons, boolean bothNamePeople, double words, double numbers, double days,
        boolean bothNameDays, double lead, int yearsLater) {
}
