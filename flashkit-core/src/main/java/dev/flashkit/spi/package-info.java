/**
 * For those who connect Flashkit to a web framework or write a store, not for applications: the
 * {@link dev.flashkit.spi.Exchange} an adapter implements over its framework's request and response, and the
 * adapter kit every adapter uses — {@link dev.flashkit.spi.RequestLifecycle} (commit or abandon, and when to
 * answer 503) and {@link dev.flashkit.spi.StoreUnavailable} (that 503 page). An adapter is its {@code Exchange}
 * plus its framework's hooks.
 */
package dev.flashkit.spi;
