package dev.flashkit.benchmarks.quarkus;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.vertx.http.HttpServer;

/**
 * The Quarkus variant of the HTTP load benchmark, started as its own JVM by {@code flashkit-benchmarks/load/run.sh}
 * ({@code java -jar target/quarkus-app/quarkus-run.jar}): it listens on a free loopback port
 * ({@code quarkus.http.port=0}) and prints {@code LISTENING <port>} once it serves requests.
 */
@QuarkusMain
public class QuarkusBenchmarkApp implements QuarkusApplication {
    /** Runs once the HTTP server is up: prints its port, then serves until the process is stopped. */
    @Override
    public int run(String... args) {
        int port = Arc.container().instance(HttpServer.class).get().getPort();
        System.out.println("LISTENING " + port);
        System.out.flush();
        Quarkus.waitForExit();
        return 0;
    }
}
