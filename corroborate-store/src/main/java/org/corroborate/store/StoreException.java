package org.corroborate.store;

/**
 * A store could not be opened or used: the database is unreachable, the file is not a SQLite database, the
 * schema cannot be brought up to date, or a statement failed. The message names the location (never its
 * password) and the problem.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
