package org.corroborate.model;

/** What kind of thing an entity is. Labels in output are the constant names, upper case. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** A song, album, film, show, book or other titled work. */
    WORK,
    EVENT,
    OTHER
}
