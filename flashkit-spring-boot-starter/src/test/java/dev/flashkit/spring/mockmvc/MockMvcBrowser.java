package dev.flashkit.spring.mockmvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * MockMvc with a cookie jar, like one browser: MockMvc keeps no cookies, so each request here sends the
 * cookies earlier responses set ({@code Max-Age=0} removes one), as a browser would across a redirect.
 */
final class MockMvcBrowser {
    private final MockMvc mvc;
    private final Map<String, Cookie> jar = new LinkedHashMap<>();

    MockMvcBrowser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends {@code request} with the jar's cookies; the handler must answer synchronously. */
    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(withCookies(request)).andReturn();
        assertThat(result.getRequest().isAsyncStarted()).as("async started").isFalse();
        return keepCookies(result.getResponse());
    }

    /** Sends {@code request}, whose handler must go async, then performs the async dispatch. */
    MockHttpServletResponse sendAsync(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(withCookies(request)).andReturn();
        assertThat(started.getRequest().isAsyncStarted()).as("async started").isTrue();
        return keepCookies(mvc.perform(asyncDispatch(started)).andReturn().getResponse());
    }

    private MockHttpServletRequestBuilder withCookies(MockHttpServletRequestBuilder request) {
        return jar.isEmpty() ? request : request.cookie(jar.values().toArray(Cookie[]::new));
    }

    private MockHttpServletResponse keepCookies(MockHttpServletResponse response) {
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                jar.remove(cookie.getName());
            } else {
                jar.put(cookie.getName(), cookie);
            }
        }
        return response;
    }
}
