package dev.flashkit.storetests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the store modules' throwaway servers (redis-server, postgres) share: a free loopback port, starting the
 * process with its output in a log file, and waiting until it answers.
 */
public final class TestProcesses {
    private TestProcesses() {}

    /** A loopback port nothing listens on right now (another process may take it before the server binds). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts {@code command} with its output (and errors) appended to {@code log}. */
    public static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /**
     * Polls {@code ready} every {@code pollMillis} until it is true (then true) or {@code timeout} has passed
     * (then false: the process still runs, the caller stops it).
     *
     * @throws IOException when the process exits first, naming {@code name} and its {@code log}
     */
    public static boolean awaitReady(
            Process process, String name, Path log, Duration timeout, long pollMillis, BooleanSupplier ready)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            if (ready.getAsBoolean()) {
                return true;
            }
            sleep(pollMillis);
        }
        return false;
    }

    /** Sleeps, keeping the interrupt flag when interrupted. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
