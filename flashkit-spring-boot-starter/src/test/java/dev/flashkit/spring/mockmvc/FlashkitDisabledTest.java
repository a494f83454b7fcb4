package dev.flashkit.spring.mockmvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.spring.mockmvc.NotesApplication.NotesController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code flashkit.enabled=false} a {@code Messages} argument fails naming that setting, not with Spring's
 * "No primary or single unique constructor found for interface Messages".
 */
@WebMvcTest(
        controllers = NotesController.class,
        excludeAutoConfiguration = SecurityAutoConfiguration.class,
        properties = "flashkit.enabled=false")
class FlashkitDisabledTest {
    @Autowired
    private MockMvc mvc;

    @Test
    void messagesArgument_flashkitDisabled_failsNamingTheSetting() {
        assertThatThrownBy(() -> mvc.perform(post("/notes").param("text", "Tea")))
                .rootCause()
                .isInstanceOf(FlashkitNotInstalledException.class)
                .hasMessageContaining("access the messages of a request")
                .hasMessageContaining("flashkit.enabled=false turns the Spring Boot starter off");
    }
}
