package dev.flashkit.quarkus.test;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Path;

/** {@link ScenarioResource} on the Vert.x event loop ({@code @NonBlocking}). */
@Path("/")
@NonBlocking
public class NonBlockingScenarioResource extends ScenarioResource {}
