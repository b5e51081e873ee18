package org.corroborate.app.cli;

/** What {@code corroborate}'s exit status means. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Some inputs failed or could not be found; the rest was done. */
    public static final int PARTIAL = 1;
    /** The command line was wrong: nothing was done. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
