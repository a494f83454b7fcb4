package dev.flashkit.spring.flash;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code flashkit.spring.*} settings: Spring-only features that change how Spring itself keeps state. Not rows
 * of Flashkit's settings table.
 */
@ConfigurationProperties(prefix = "flashkit.spring")
public class FlashkitSpringProperties {
    /**
     * Keep Spring MVC's flash attributes (RedirectAttributes.addFlashAttribute) in the Flashkit session (the sealed
     * cookie or the configured store) instead of the HttpSession. Values must be JSON-compatible: strings, numbers,
     * booleans, lists and maps.
     */
    private boolean flashMap = false;

    /** Creates the settings with their defaults (Spring binds the properties). */
    public FlashkitSpringProperties() {}

    /** Whether Spring MVC's flash attributes live in the Flashkit session. */
    public boolean isFlashMap() {
        return flashMap;
    }

    /** Sets whether Spring MVC's flash attributes live in the Flashkit session. */
    public void setFlashMap(boolean flashMap) {
        this.flashMap = flashMap;
    }
}
