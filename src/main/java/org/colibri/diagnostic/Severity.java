package org.colibri.diagnostic;

/** How serious a diagnostic is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in a diagnostic line. */
    public String label() {
        return label;
    }
}
