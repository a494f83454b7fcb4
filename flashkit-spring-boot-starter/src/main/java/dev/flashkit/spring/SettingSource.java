package dev.flashkit.spring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Where a {@code flashkit.*} setting's value came from, for error and warning messages — never the value:
 * {@code flashkit.secret (class path resource [application.properties] - 2:17)} for a property, {@code
 * FLASHKIT_SECRET (environment variable)} for an environment variable that Spring's relaxed binding read.
 *
 * @param name the property or environment variable name
 * @param origin where a property was set (file and line, or property source), or {@code null}
 * @param environmentVariable whether {@code name} is an environment variable
 */
record SettingSource(String name, String origin, boolean environmentVariable) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)[^}]*}");

    /** Where {@code property} (e.g. {@code flashkit.secret}) is set in {@code environment}, as Spring binds it. */
    static SettingSource of(Environment environment, String property) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty found = source.getConfigurationProperty(name);
            if (found != null) {
                return of(property, found);
            }
        }
        return new SettingSource(property, null, false);
    }

    private static SettingSource of(String property, ConfigurationProperty found) {
        Origin origin = found.getOrigin();
        if (origin instanceof SystemEnvironmentOrigin variable) {
            return new SettingSource(variable.getProperty(), null, true);
        }
        if (origin instanceof PropertySourceOrigin fromSource) {
            if (fromSource.getPropertySource() instanceof SystemEnvironmentPropertySource) {
                return new SettingSource(fromSource.getPropertyName(), null, true);
            }
            if (fromSource.getOrigin() != null) { // a file and line, e.g. in application.properties
                return new SettingSource(property, fromSource.getOrigin().toString(), false);
            }
            return new SettingSource(
                    property,
                    "property source \"" + fromSource.getPropertySource().getName() + "\"",
                    false);
        }
        return new SettingSource(property, origin == null ? null : origin.toString(), false);
    }

    /** Whether Spring left a {@code ${...}} placeholder in {@code value} unresolved (it binds the literal text). */
    static boolean hasUnresolvedPlaceholder(String value) {
        return value != null && PLACEHOLDER.matcher(value).find();
    }

    /** The first unresolved placeholder in {@code value}, e.g. {@code ${FLASHKIT_SECRET}}: never the rest. */
    static String placeholder(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        return m.find() ? m.group() : "${}";
    }

    /** The name the first unresolved placeholder in {@code value} refers to, e.g. {@code FLASHKIT_SECRET}. */
    static String placeholderName(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        return m.find() ? m.group(1) : "";
    }

    /** As a clause: {@code the FLASHKIT_SECRET environment variable} or {@code flashkit.secret at <origin>}. */
    String where() {
        if (environmentVariable) {
            return "the " + name + " environment variable";
        }
        return origin == null ? name : name + " at " + origin;
    }

    @Override
    public String toString() {
        if (environmentVariable) {
            return name + " (environment variable)";
        }
        return origin == null ? name : name + " (" + origin + ")";
    }
}
