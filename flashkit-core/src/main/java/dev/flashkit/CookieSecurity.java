package dev.flashkit;

/** When Flashkit's cookies carry the {@code Secure} attribute. */
public enum CookieSecurity {
    /** On HTTPS requests (as the container reports them); always in production. The default. */
    AUTO,
    /** Always, even on plain HTTP (browsers then only send them back over HTTPS or to localhost). */
    ALWAYS,
    /** Never: only for plain-HTTP development setups; refused in production. */
    NEVER
}
