package dev.flashkit.module;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.flashkit.Flashkit;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the compiled core on the module path, as a modular application would, and checks what it exports:
 * the API packages to everyone, {@code dev.flashkit.internal} only to Flashkit's own modules.
 */
class ModuleSealingTest {
    private static final String CORE = "dev.flashkit.core";

    @TempDir
    Path work;

    @Test
    void moduleLayer_coreOnModulePath_exportsApiPackagesButNotInternal() throws Exception {
        Module core = coreLayer().findModule(CORE).orElseThrow();

        assertThat(core.getDescriptor().isAutomatic()).isFalse();
        assertThat(core.isExported("dev.flashkit")).isTrue();
        assertThat(core.isExported("dev.flashkit.session")).isTrue();
        assertThat(core.isExported("dev.flashkit.messages")).isTrue();
        assertThat(core.isExported("dev.flashkit.spi")).isTrue();
        assertThat(core.isExported("dev.flashkit.internal")).isFalse();
    }

    @Test
    void javac_outsideModuleImportsApi_compiles() throws Exception {
        String errors = compileModule("com.example.app", "import dev.flashkit.session.Session;", "Session");

        assertThat(errors).isEmpty();
    }

    @Test
    void javac_outsideModuleImportsInternal_isRejected() throws Exception {
        String errors = compileModule("com.example.app", "import dev.flashkit.internal.KeyRing;", "KeyRing");

        assertThat(errors).contains("package dev.flashkit.internal is not visible");
    }

    @Test
    void javac_flashkitModuleImportsInternal_compiles() throws Exception {
        String errors = compileModule("dev.flashkit.redis", "import dev.flashkit.internal.KeyRing;", "KeyRing");

        assertThat(errors).isEmpty();
    }

    private static ModuleLayer coreLayer() throws URISyntaxException {
        ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of(CORE));
        return boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    }

    /** Core's compiled classes (with module-info.class) and the two modules it requires. */
    private static List<Path> modulePath() throws URISyntaxException {
        return List.of(location(Flashkit.class), location(JsonFactory.class), location(Caffeine.class));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Compiles a one-class module that uses {@code type}; returns javac's error output, empty on success. */
    private String compileModule(String name, String importLine, String type) throws Exception {
        Path src = work.resolve("src");
        Path pkg = src.resolve(name.replace('.', '/'));
        Files.createDirectories(pkg);
        Path moduleInfo =
                Files.writeString(src.resolve("module-info.java"), "module " + name + " { requires " + CORE + "; }\n");
        Path uses = Files.writeString(
                pkg.resolve("Uses.java"),
                "package " + name + ";\n" + importLine + "\npublic class Uses { " + type + " field; }\n");
        String modulePath = String.join(
                File.pathSeparator, modulePath().stream().map(Path::toString).toList());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        errors,
                        errors,
                        "-d",
                        work.resolve("out").toString(),
                        "--module-path",
                        modulePath,
                        moduleInfo.toString(),
                        uses.toString());
        return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
    }
}
