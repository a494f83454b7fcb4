package dev.flashkit.module;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the public surface of a compiled module: every public or protected type in an exported package, with
 * its public and protected constructors, methods and fields, one signature a line, sorted. A module with a
 * module-info exports what it declares (unqualified exports only); a module without one exports every package
 * but {@code *.internal}. Inherited members are listed where they are declared; parameter names are not part
 * of the listing. No listed signature may name a {@code dev.flashkit.internal} type. Each published module's
 * {@code ApiListingTest} calls {@link #check}; this class reaches the other modules through flashkit-core's
 * test jar.
 */
public final class ApiListing {
    private static final int TYPE_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL;

    private ApiListing() {}

    /**
     * Fails, printing the difference and how to regenerate, when the public API of the module that compiled
     * {@code marker} differs from its committed listing {@code api/<artifactId>.api} (relative to the module's
     * directory, where tests run). With {@code -Dapi.update=true} it rewrites the listing instead.
     */
    public static void check(Class<?> marker, String artifactId) throws IOException {
        Path classes = location(marker);
        Path listing = Path.of("api", artifactId + ".api");
        List<String> actual = of(classes);
        List<String> internal = actual.stream()
                .filter(line -> line.contains("dev.flashkit.internal."))
                .toList();
        if (!internal.isEmpty()) {
            throw new AssertionError(String.format(
                    "The public API of %s names Flashkit-internal types, which applications must not use:%n  %s%n"
                            + "Make those members package-private and reach them from Flashkit's other packages"
                            + " through dev.flashkit.internal.CoreAccess (see docs/ARCHITECTURE.md)",
                    artifactId, String.join(String.format("%n  "), internal)));
        }
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(listing.getParent());
            Files.write(listing, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> committed =
                Files.exists(listing) ? Files.readAllLines(listing, StandardCharsets.UTF_8) : List.of();
        if (!committed.equals(actual)) {
            throw new AssertionError(String.format(
                    "The public API of %s changed (- committed, + compiled):%n%s%n"
                            + "If the change is intended, regenerate %s/api/%s.api and commit it with the change:%n"
                            + "  mvn -B -ntp test -pl %s -am -Dtest=ApiListingTest"
                            + " -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true",
                    artifactId, ListingDiff.of(committed, actual), artifactId, artifactId, artifactId));
        }
    }

    /** The listing of the module compiled into {@code classes}. */
    static List<String> of(Path classes) {
        Set<String> exported = exportedPackages(classes);
        List<Class<?>> types = classNames(classes).stream()
                .filter(name -> exported.contains(packageOf(name)))
                .map(ApiListing::load)
                .filter(ApiListing::visible)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        List<String> lines = new ArrayList<>();
        for (Class<?> type : types) {
            lines.add(header(type));
            members(type).forEach(member -> lines.add("  " + member));
            lines.add("");
        }
        return lines;
    }

    private static Path location(Class<?> marker) {
        try {
            return Path.of(
                    marker.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class directory for " + marker, e);
        }
    }

    private static Set<String> exportedPackages(Path classes) {
        if (!Files.exists(classes.resolve("module-info.class"))) {
            return classNames(classes).stream()
                    .map(ApiListing::packageOf)
                    .filter(name -> !name.endsWith(".internal"))
                    .collect(Collectors.toSet());
        }
        ModuleDescriptor descriptor =
                ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        return descriptor.exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private static List<String> classNames(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString().replace(File.separatorChar, '/'))
                    .filter(file -> file.endsWith(".class") && !file.endsWith("-info.class"))
                    .map(file ->
                            file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiListing.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class " + name + " does not load", e);
        }
    }

    /** Public or protected, and so is every type it is nested in; never anonymous, local or synthetic. */
    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic() || !exposed(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String header(Class<?> type) {
        StringBuilder line = new StringBuilder();
        int modifiers = type.getModifiers() & TYPE_MODIFIERS;
        if (!type.isInterface() && !type.isEnum() && !type.isRecord() && Modifier.isAbstract(type.getModifiers())) {
            modifiers |= Modifier.ABSTRACT;
        }
        if (type.isInterface() || type.isEnum() || type.isRecord()) {
            modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
        }
        line.append(Modifier.toString(modifiers));
        if (type.isSealed()) {
            line.append(" sealed");
        }
        line.append(' ').append(kind(type)).append(' ').append(type.getName());
        String parameters =
                Arrays.stream(type.getTypeParameters()).map(ApiListing::bounded).collect(Collectors.joining(", "));
        if (!parameters.isEmpty()) {
            line.append('<').append(parameters).append('>');
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && !type.isEnum() && !type.isRecord() && superclass != Object.class) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces())
                .map(Type::getTypeName)
                .filter(name -> !type.isAnnotation() || !name.equals("java.lang.annotation.Annotation"))
                .toList();
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        if (type.isSealed()) {
            line.append(" permits ")
                    .append(Arrays.stream(type.getPermittedSubclasses())
                            .map(Class::getName)
                            .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    }

    private static String bounded(java.lang.reflect.TypeVariable<?> variable) {
        List<String> bounds = Arrays.stream(variable.getBounds())
                .filter(bound -> bound != Object.class)
                .map(Type::getTypeName)
                .toList();
        return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds);
    }

    /** Declared members, and those inherited from hidden (package-private) superclasses, which users see too. */
    private static Set<String> members(Class<?> type) {
        Set<String> members = new TreeSet<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (shown(constructor)) {
                members.add(signature(constructor, type.getName()));
            }
        }
        for (Class<?> t = type; t == type || (t != null && !visible(t)); t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (shown(field)) {
                    members.add(field.toGenericString().replace(t.getName() + "." + field.getName(), field.getName()));
                }
            }
            for (Method method : t.getDeclaredMethods()) {
                if (shown(method) && !method.isBridge()) {
                    members.add(signature(method, t.getName() + "." + method.getName()));
                }
            }
        }
        return members;
    }

    private static boolean shown(Member member) {
        return exposed(member.getModifiers()) && !member.isSynthetic();
    }

    /** {@code toGenericString()} without the declaring type before the member's name. */
    private static String signature(Executable executable, String qualifiedName) {
        String shortName = executable instanceof Constructor ? "<init>" : executable.getName();
        return executable.toGenericString().replace(qualifiedName + "(", shortName + "(");
    }
}
