/**
 * Flashkit internals: the sealed-cookie codec, key derivation, JSON limits and cookie formatting.
 * Public only so that Flashkit's own modules can share them; not an API, may change in any release.
 */
package dev.flashkit.internal;
