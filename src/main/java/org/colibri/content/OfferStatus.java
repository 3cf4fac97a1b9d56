package org.colibri.content;

/** The status an editor declares for an offer ({@code status:}); the effective one also depends on the deadline. */
public enum OfferStatus {
    OPEN,
    FILLED,
    CLOSED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
