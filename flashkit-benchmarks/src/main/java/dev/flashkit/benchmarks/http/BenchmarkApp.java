package dev.flashkit.benchmarks.http;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HTTP load benchmark app, started as its own JVM by {@code flashkit-benchmarks/load/run.sh}:
 * {@code BenchmarkApp servlet|javalin}. It listens on a free loopback port and prints
 * {@code LISTENING <port>} once it serves requests. Endpoints: {@code GET /hello} (the page without Flashkit,
 * the baseline), {@code GET /add} (flashes a success message, 303 to {@code /show}) and {@code GET /show}
 * (renders and consumes the pending messages), and reference endpoints without Flashkit: {@code /mimic}
 * ({@code /show}'s response), {@code /floor-add} and {@code /floor-show} (the same round trip with raw AES-GCM,
 * see {@link Floor}).
 */
public final class BenchmarkApp {
    /** The message {@code /add} flashes and the load scripts look for in {@code /show}. */
    public static final String MESSAGE = "Item 'widget' added successfully!";

    private BenchmarkApp() {}

    /** Starts the variant named by {@code args[0]} and serves until the process is stopped. */
    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "";
        Flashkit flashkit =
                Flashkit.create(FlashkitConfig.builder().secret(randomSecret()).build());
        Pages pages = new Pages(flashkit.config());
        Floor floor = Floor.matching(flashkit);
        int port =
                switch (variant) {
                    case "servlet" -> ServletApp.start(pages, flashkit, floor);
                    case "javalin" -> JavalinApp.start(pages, flashkit, floor);
                    default -> throw new IllegalArgumentException("usage: BenchmarkApp servlet|javalin");
                };
        System.out.println("LISTENING " + port);
        System.out.flush();
    }

    /** A fresh 256-bit secret per run: nothing hard-coded, and no cookie outlives the process. */
    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
