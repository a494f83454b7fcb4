package dev.flashkit.spring;

import dev.flashkit.FlashkitException;

/**
 * A startup failure of the starter's own checks, carrying the two parts of Spring Boot's failure report:
 * what is wrong and where it came from ({@link #description()}), and what to do ({@link #action()}). The
 * message joins both, for whoever reads the exception without the report.
 */
final class ConfigurationFailure extends FlashkitException {
    private static final long serialVersionUID = 1L;

    private final String description;
    private final String action;

    ConfigurationFailure(String description, String action) {
        super(description + " " + action);
        this.description = description;
        this.action = action;
    }

    String description() {
        return description;
    }

    String action() {
        return action;
    }
}
