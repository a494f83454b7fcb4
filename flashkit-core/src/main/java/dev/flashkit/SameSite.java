package dev.flashkit;

/** The {@code SameSite} attribute of Flashkit's cookies. */
public enum SameSite {
    /** Sent on same-site requests only. */
    STRICT("Strict"),
    /** Sent on same-site requests and top-level cross-site navigations (GET): the default. */
    LAX("Lax"),
    /** Sent on every request; requires {@code Secure}. */
    NONE("None");

    private final String attribute;

    SameSite(String attribute) {
        this.attribute = attribute;
    }

    /** The attribute value as written in {@code Set-Cookie}. */
    public String attribute() {
        return attribute;
    }
}
