package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlashkitNotInstalledExceptionTest {

    @Test
    void require_noContextAttribute_throwsWithInstallInstructions() {
        assertThatThrownBy(() -> RequestContext.require(null, "session"))
                .isInstanceOf(FlashkitNotInstalledException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Flashkit must be installed to access the session of a request")
                .hasMessageContaining("dev.flashkit.servlet.FlashkitFilter")
                .hasMessageContaining("dev.flashkit.javalin.FlashkitPlugin")
                .hasMessageContaining("dev.flashkit:flashkit-spring-boot-starter")
                .hasMessageContaining("Flashkit.open(exchange)");
    }

    @Test
    void require_attributeOfAnotherType_throwsNotInstalled() {
        assertThatThrownBy(() -> RequestContext.require("not a context", "messages"))
                .isInstanceOf(FlashkitNotInstalledException.class)
                .hasMessageStartingWith("Flashkit must be installed to access the messages of a request");
    }
}
