package org.corroborate.store;

/** How much a store holds: articles, stories, and the quotes and entities of all articles together. */
public record StoreCounts(long articles, long stories, long quotes, long entities) {

    public StoreCounts {
        if (articles < 0 || stories < 0 || quotes < 0 || entities < 0) {
            throw new IllegalArgumentException("negative count in " + articles + " articles, " + stories
                    + " stories, " + quotes + " quotes, " + entities + " entities");
        }
    }
}
