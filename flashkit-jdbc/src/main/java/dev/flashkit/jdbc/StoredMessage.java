package dev.flashkit.jdbc;

/**
 * One flash-message row: its place in the session's list ({@code seq}; {@code null} for a new message, which
 * the database numbers after every existing one), the message id and the message as JSON.
 */
record StoredMessage(Long seq, String id, String body) {}
