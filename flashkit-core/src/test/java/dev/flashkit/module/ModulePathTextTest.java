package dev.flashkit.module;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.flashkit.Flashkit;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flashkit's own message texts resolve when core and the application are both on the module path. */
class ModulePathTextTest {
    @TempDir
    Path work;

    @Test
    void resourceBundle_coreOnModulePath_resolvesBuiltInText() throws Exception {
        Path src = work.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("com/example/app"));
        Files.writeString(
                src.resolve("module-info.java"),
                "module com.example.app { requires dev.flashkit.core; exports com.example.app; }\n");
        Files.writeString(pkg.resolve("MoreText.java"), """
                package com.example.app;
                public class MoreText implements java.util.function.Supplier<String> {
                    public String get() {
                        return dev.flashkit.messages.MessageTextResolver.resourceBundle("com.example.app.none")
                                .resolve("flashkit.messages.more", java.util.List.of(3),
                                        java.util.List.of(java.util.Locale.ENGLISH));
                    }
                }
                """);
        List<Path> modulePath = Stream.of(Flashkit.class, JsonFactory.class, Caffeine.class)
                .map(ModulePathTextTest::location)
                .toList();
        Path out = work.resolve("out");
        int status = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        out.toString(),
                        "--module-path",
                        String.join(
                                File.pathSeparator,
                                modulePath.stream().map(Path::toString).toList()),
                        src.resolve("module-info.java").toString(),
                        pkg.resolve("MoreText.java").toString());
        assertThat(status).isZero();

        ModuleFinder finder = ModuleFinder.of(
                Stream.concat(modulePath.stream(), Stream.of(out)).toArray(Path[]::new));
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration =
                boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("com.example.app"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        @SuppressWarnings("unchecked")
        Supplier<String> moreText = (Supplier<String>) layer.findLoader("com.example.app")
                .loadClass("com.example.app.MoreText")
                .getConstructor()
                .newInstance();

        assertThat(moreText.get()).isEqualTo("+3 more messages");
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
