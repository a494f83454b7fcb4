package dev.flashkit.benchmarks.spring;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The Spring Boot variant of the HTTP load benchmark, started as its own JVM by
 * {@code flashkit-benchmarks/load/spring.sh}: {@code SpringBenchmarkApp spring|flashkit}. Both serve the same
 * Thymeleaf pages on Tomcat at {@code /hello} (no flash), {@code /add} (flashes a success message, 303 to
 * {@code /show}) and {@code /show} (renders and consumes it); {@code spring} flashes with Spring MVC's own
 * {@code RedirectAttributes} on the in-memory HttpSession (Flashkit turned off with {@code flashkit.enabled=false}),
 * {@code flashkit} with the Flashkit starter and its Thymeleaf fragment on the default sealed-cookie store. Prints
 * {@code LISTENING <port>} once it serves requests.
 */
@SpringBootApplication
public class SpringBenchmarkApp {
    /** The message {@code /add} flashes and the load scripts look for in {@code /show}. */
    static final String MESSAGE = "Item 'widget' added successfully!";

    /** Starts the variant named by {@code args[0]} on a free loopback port. */
    public static void main(String[] args) {
        String variant = args.length > 0 ? args[0] : "";
        if (!variant.equals("spring") && !variant.equals("flashkit")) {
            throw new IllegalArgumentException("usage: SpringBenchmarkApp spring|flashkit");
        }
        SpringApplication app = new SpringApplication(SpringBenchmarkApp.class);
        app.setDefaultProperties(Map.of(
                "benchmark.variant", variant,
                "flashkit.enabled", Boolean.toString(variant.equals("flashkit")),
                "flashkit.secret", randomSecret(),
                "server.address", "127.0.0.1",
                "server.port", "0",
                "server.servlet.session.tracking-modes", "cookie",
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn"));
        app.addListeners((ApplicationListener<WebServerInitializedEvent>) event -> {
            System.out.println("LISTENING " + event.getWebServer().getPort());
            System.out.flush();
        });
        app.run();
    }

    /** A fresh 256-bit secret per run: nothing hard-coded, and no cookie outlives the process. */
    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
