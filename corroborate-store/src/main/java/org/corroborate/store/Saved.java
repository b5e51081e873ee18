package org.corroborate.store;

/** What saving a record did to the store. */
public enum Saved {
    /** The record was not stored before and now is. */
    CREATED,
    /** A record with the same id was stored with different content, and this one replaced it. */
    UPDATED,
    /** The identical record was already stored; nothing was written. */
    UNCHANGED;

    /** True when the save wrote anything. */
    public boolean changed() {
        return this != UNCHANGED;
    }
}
