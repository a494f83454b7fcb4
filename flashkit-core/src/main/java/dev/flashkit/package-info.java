/** Flashkit: sessions and flash messages for Java web applications. */
package dev.flashkit;
