package dev.flashkit.spring;

import java.net.URI;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot WebFlux applications on Reactor Netty for the tests, beside the servlet ones on the class path. */
final class ReactiveApps {
    /** Turns Spring Security's reactive auto-configuration off (it is on the test class path for other tests). */
    static final String NO_SECURITY = "spring.autoconfigure.exclude="
            + "org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration,"
            + "org.springframework.boot.actuate.autoconfigure.security.reactive.ReactiveManagementWebSecurityAutoConfiguration";

    private ReactiveApps() {}

    /**
     * Reactor Netty, where Spring Boot would pick Tomcat (on the class path for the servlet tests) to serve a reactive
     * application; Boot's {@code server.*} customizers still apply to it.
     */
    @Configuration(proxyBeanMethods = false)
    static class OnReactorNetty {
        @Bean
        NettyReactiveWebServerFactory nettyReactiveWebServerFactory() {
            return new NettyReactiveWebServerFactory();
        }
    }

    /** Starts {@code application} as a reactive web application on a free port. */
    static ConfigurableApplicationContext run(Class<?> application, String... properties) {
        return new SpringApplicationBuilder(application, OnReactorNetty.class)
                .web(WebApplicationType.REACTIVE)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off", NO_SECURITY)
                .properties(properties)
                .run();
    }

    /** Where {@code context}'s embedded server listens. */
    static URI uri(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port);
    }
}
