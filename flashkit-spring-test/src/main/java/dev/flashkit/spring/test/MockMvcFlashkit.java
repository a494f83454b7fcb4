package dev.flashkit.spring.test;

import dev.flashkit.Flashkit;
import dev.flashkit.test.CookieHeaders;
import dev.flashkit.test.NextRequest;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** The application's {@link Flashkit} bean behind a MockMvc request, and what a MockMvc response left. */
final class MockMvcFlashkit {
    private MockMvcFlashkit() {}

    /** The {@code Flashkit} bean of the application context MockMvc was built from. */
    static Flashkit of(ServletContext servletContext) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(servletContext);
        if (context == null || context.getBeanNamesForType(Flashkit.class).length == 0) {
            throw new IllegalStateException("MockMvc's application context has no Flashkit bean: build MockMvc from"
                    + " the application context (@SpringBootTest with @AutoConfigureMockMvc, or @WebMvcTest) with"
                    + " flashkit-spring-boot-starter on the classpath, or declare a Flashkit bean");
        }
        return context.getBean(Flashkit.class);
    }

    /** What the next request of the same browser would see after this MockMvc exchange. */
    static NextRequest nextRequest(MvcResult result) {
        return NextRequest.after(
                of(result.getRequest().getServletContext()),
                CookieHeaders.parse(Collections.list(result.getRequest().getHeaders("Cookie"))),
                result.getResponse().getHeaders("Set-Cookie"));
    }

    /**
     * How failures name the response, so that a refused request (a 403 from a missing CSRF token) does not read
     * as a missing message: {@code Flashkit messages (after a response with status 302, redirect to /items)}.
     */
    static String after(String what, MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return what + " (after a response with status " + result.getResponse().getStatus()
                + (location == null ? "" : ", redirect to " + location) + "): ";
    }
}
