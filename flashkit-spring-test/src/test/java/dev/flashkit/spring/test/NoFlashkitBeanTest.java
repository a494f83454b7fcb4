package dev.flashkit.spring.test;

import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.flashkitSession;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Without a Flashkit bean behind MockMvc (a standalone setup) the helpers say how to get one. */
class NoFlashkitBeanTest {
    @RestController
    static class Hello {
        @GetMapping("/")
        String hello() {
            return "hello";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Hello()).build();

    @Test
    void matcher_standaloneMockMvc_explainsWhereTheBeanComesFrom() throws Exception {
        MvcResult result = mvc.perform(get("/")).andReturn();

        assertThatThrownBy(() -> flashkit().messages().none().match(result))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Flashkit bean")
                .hasMessageContaining("@AutoConfigureMockMvc")
                .hasMessageContaining("flashkit-spring-boot-starter");
    }

    @Test
    void postProcessor_standaloneMockMvc_explainsWhereTheBeanComesFrom() {
        assertThatThrownBy(() -> mvc.perform(get("/").with(flashkitSession(Map.of("user", "ada")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Flashkit bean");
    }
}
