package dev.flashkit.benchmarks.http;

/**
 * The HTTP load benchmark app, started as its own JVM by {@code flashkit-benchmarks/load/run.sh}:
 * {@code BenchmarkApp servlet|javalin}. It listens on a free loopback port and prints
 * {@code LISTENING <port>} once it serves requests. Endpoints: {@code GET /hello} (the page without Flashkit,
 * the baseline), {@code GET /add} (flashes a success message, 303 to {@code /show}) and {@code GET /show}
 * (renders and consumes the pending messages).
 */
public final class BenchmarkApp {
    /** The message {@code /add} flashes and the load scripts look for in {@code /show}. */
    static final String MESSAGE = "Item 'widget' added successfully!";

    private BenchmarkApp() {}

    /** Starts the variant named by {@code args[0]} and serves until the process is stopped. */
    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "";
        int port =
                switch (variant) {
                    case "servlet" -> ServletApp.start(new Pages());
                    case "javalin" -> JavalinApp.start(new Pages());
                    default -> throw new IllegalArgumentException("usage: BenchmarkApp servlet|javalin");
                };
        System.out.println("LISTENING " + port);
        System.out.flush();
    }
}
