package dev.flashkit.quarkus.test;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Path;

/** {@link ScenarioResource} on worker threads ({@code @Blocking}). */
@Path("/")
@Blocking
public class BlockingScenarioResource extends ScenarioResource {}
