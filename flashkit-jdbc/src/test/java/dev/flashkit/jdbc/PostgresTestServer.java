package dev.flashkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flashkit.storetests.TestProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for tests: either the server named by {@code FLASHKIT_TEST_POSTGRES_URL} (a
 * {@code jdbc:postgresql://} URL with user and password), or a throwaway cluster: {@code initdb} in a directory
 * under {@code target/}, {@code postgres} on a free loopback port with its socket in that directory, without
 * fsync (a committed transaction survives the server's crash — {@link #stop()} is one — but not the machine's). As root (initdb and postgres refuse it) the cluster belongs to the {@code postgres} user and runs through
 * {@code runuser}. A local cluster can be stopped and started again on the same port (its data survives) and
 * frozen with SIGSTOP; it is stopped and its directory removed when closed and on JVM exit. Public (in the
 * module's test-jar) for the demo's tests.
 */
public final class PostgresTestServer implements AutoCloseable {
    static final String URL_ENV = "FLASHKIT_TEST_POSTGRES_URL";
    private static final String USER = "flashkit";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final String externalUrl;
    private final Path binDir;
    private final Path dir;
    private final int port;
    private Process process;

    private PostgresTestServer(String externalUrl, Path binDir, Path dir, int port) {
        this.externalUrl = externalUrl;
        this.binDir = binDir;
        this.dir = dir;
        this.port = port;
    }

    /** The server named by {@code FLASHKIT_TEST_POSTGRES_URL}; never started or stopped by tests. */
    static PostgresTestServer external(String url) {
        return new PostgresTestServer(url, null, null, -1);
    }

    /** Creates a cluster under {@code target/} and starts it on a free loopback port. */
    public static PostgresTestServer startLocal() throws IOException {
        Path bin = binDir();
        Path dir = Path.of(
                System.getProperty("java.io.tmpdir"),
                "postgres-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectories(dir);
        PostgresTestServer server = new PostgresTestServer(null, bin, dir, TestProcesses.freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        run(server.asOwner(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-U",
                USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions")));
        server.start();
        return server;
    }

    /** The JDBC URL of this server's {@code postgres} database. */
    public String jdbcUrl() {
        return externalUrl != null ? externalUrl : "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
    }

    /**
     * A new empty database on this local server, as a libpq URI ({@code postgresql://user@host:port/db}) that the
     * demo's {@code FLASHKIT_STORE} accepts.
     */
    public String newDatabase() throws SQLException {
        requireLocal();
        String name = "d" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(jdbcUrl());
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + name;
    }

    /** The libpq URI of this local server's {@code postgres} database (it may be stopped). */
    public String uri() {
        requireLocal();
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/postgres";
    }

    /** A HikariCP pool on this server, with the timeouts the docs recommend scaled to {@code timeout}. */
    HikariDataSource dataSource(Duration timeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(Math.max(250, timeout.toMillis()));
        config.setValidationTimeout(Math.max(250, timeout.toMillis()));
        config.setInitializationFailTimeout(-1); // start even when the database is down
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, timeout.toSeconds())));
        return new HikariDataSource(config);
    }

    /** Whether this test run owns the server (and so may stop, freeze and restart it). */
    boolean isLocal() {
        return externalUrl == null;
    }

    /** Starts (or restarts) the local server on its port and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        requireLocal();
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = asOwner(List.of(
                binDir.resolve("postgres").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-p",
                Integer.toString(port),
                "-k",
                dir.toString(),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=100"));
        Path log = dir.resolve("postgres.log");
        process = TestProcesses.start(command, log);
        if (TestProcesses.awaitReady(process, "postgres", log, START_TIMEOUT, 50, this::accepts)) {
            return;
        }
        stop();
        throw new IOException("postgres did not accept connections on port " + port + " within " + START_TIMEOUT);
    }

    /** Stops the local server at once (like a crash: SIGQUIT, then SIGKILL) and waits until it is gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = processes();
        signal("-CONT", all); // a frozen server cannot shut down
        all.stream().findFirst().ifPresent(p -> signal("-QUIT", List.of(p)));
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        process.destroyForcibly();
        process = null;
    }

    /** Freezes the server and its backends (SIGSTOP): connections stay open but nothing answers. */
    public synchronized void pause() {
        signal("-STOP", processes());
    }

    /** Thaws a paused server (SIGCONT). */
    public synchronized void resume() {
        signal("-CONT", processes());
    }

    /** Stops a local server and removes its directory; does nothing for an external one. */
    @Override
    public void close() {
        if (!isLocal()) {
            return;
        }
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: target/ is cleaned by the next mvn clean
        }
    }

    /** The postmaster (first) and its backends, read from {@code postmaster.pid}; empty when not running. */
    private List<ProcessHandle> processes() {
        requireLocal();
        List<ProcessHandle> out = new ArrayList<>();
        try {
            Path pidFile = dir.resolve("data").resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return out;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                out.add(postmaster);
                postmaster.descendants().forEach(out::add);
            });
        } catch (IOException | RuntimeException e) {
            // not running (or just stopping)
        }
        return out;
    }

    private static void signal(String signal, List<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("kill " + signal + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean accepts() {
        Properties props = new Properties();
        props.setProperty("connectTimeout", "1");
        props.setProperty("socketTimeout", "1");
        try (Connection c = DriverManager.getConnection(jdbcUrl(), props)) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private List<String> asOwner(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        out.addAll(command);
        return out;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The directory of initdb and postgres: the newest {@code /usr/lib/postgresql/<n>/bin}, else the PATH's. */
    private static Path binDir() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(
                                v -> versionOf(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path initdb = Path.of(entry, "initdb");
            if (Files.isExecutable(initdb)) {
                return initdb.toRealPath().getParent();
            }
        }
        throw new IOException("initdb not found in /usr/lib/postgresql/<version>/bin or on the PATH");
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void requireLocal() {
        if (!isLocal()) {
            throw new IllegalStateException("the PostgreSQL at " + URL_ENV + " is not managed by the tests");
        }
    }
}
