package org.colibri.cli;

/** What {@code colibri} exits with; CI relies on these. */
public final class ExitCodes {

    /** Built or checked without error. */
    public static final int OK = 0;
    /** Errors in the site: content, settings or templates. */
    public static final int SITE_ERRORS = 1;
    /** A bad command line. */
    public static final int USAGE = 2;
    /** A bug in Colibri, or a file the system cannot read or write (full disk, permissions). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
