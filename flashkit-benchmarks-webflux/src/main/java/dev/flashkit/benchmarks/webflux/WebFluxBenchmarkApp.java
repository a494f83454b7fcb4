package dev.flashkit.benchmarks.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.benchmarks.http.Floor;
import dev.flashkit.benchmarks.http.Pages;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * The WebFlux variant of the HTTP load benchmark, started as its own JVM by {@code flashkit-benchmarks/load/run.sh}:
 * Spring Boot 3.5 on Reactor Netty with the Flashkit starter (flashkit-webflux's filter) on the default
 * sealed-cookie store and a random secret per run. It listens on a free loopback port and prints
 * {@code LISTENING <port>} once it serves requests.
 */
@SpringBootApplication
public class WebFluxBenchmarkApp {
    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(WebFluxBenchmarkApp.class);
        app.setDefaultProperties(Map.of(
                "flashkit.secret", randomSecret(),
                "flashkit.session.store", "cookie",
                "server.address", "127.0.0.1",
                "server.port", "0",
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn"));
        app.addListeners((ApplicationListener<WebServerInitializedEvent>) event -> {
            System.out.println("LISTENING " + event.getWebServer().getPort());
            System.out.flush();
        });
        app.run(args);
    }

    /** The page every endpoint renders, with the application's cookie settings. */
    @Bean
    Pages pages(Flashkit flashkit) {
        return new Pages(flashkit.config());
    }

    /** The raw AES-GCM reference endpoints' work, matching the application's Flashkit. */
    @Bean
    Floor floor(Flashkit flashkit) {
        return Floor.matching(flashkit);
    }

    /** A fresh 256-bit secret per run: nothing hard-coded, and no cookie outlives the process. */
    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
