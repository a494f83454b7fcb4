/** Sessions: the {@link dev.flashkit.session.Session} API and the {@link dev.flashkit.session.SessionStore} SPI with its cookie and memory stores. */
package dev.flashkit.session;
