package org.corroborate.model;

import java.util.Map;

/** What kind of thing an entity is. Labels in output are the constant names, upper case. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** A song, album, film, show, book or other titled work. */
    WORK,
    EVENT,
    OTHER;

    /**
     * The type with the most votes among those that say something, OTHER when none does; of types tied for the
     * most, the first declared.
     */
    public static EntityType mostVoted(Map<EntityType, Integer> votes) {
        EntityType best = OTHER;
        int most = 0;
        for (EntityType t : values()) {
            int v = votes.getOrDefault(t, 0);
            if (t != OTHER && v > most) {
                best = t;
                most = v;
            }
        }
        return best;
    }
}
