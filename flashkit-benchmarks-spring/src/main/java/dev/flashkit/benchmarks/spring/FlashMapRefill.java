package dev.flashkit.benchmarks.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The {@code spring} variant's refill for the replayed {@code /show}: the load script replays one session cookie
 * per connection, and Spring's flash map is gone after the first {@code /show}. Before each request with
 * {@code X-Flash-Refill}, the session gets the flash map {@code /add} would have stored (same attribute, expiry and
 * Spring's own session attribute, targeted at the requested path), so every measured {@code /show} does Spring's
 * full retrieve, match, remove and render work. Costs the Spring side a little more than a real {@code /show}; the
 * Flashkit side replays its cookie as is.
 */
@Configuration
@ConditionalOnProperty(name = "benchmark.variant", havingValue = "spring")
class FlashMapRefill {
    /** Where {@link SessionFlashMapManager} keeps its list (a private constant of Spring's). */
    static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Bean
    FilterRegistrationBean<HttpFilter> flashMapRefillFilter() {
        FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new RefillFilter());
        registration.addUrlPatterns("/show", "/show-element");
        return registration;
    }

    private static final class RefillFilter extends HttpFilter {
        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpSession session = request.getSession(false);
            if (session != null && request.getHeader("X-Flash-Refill") != null) {
                FlashMap map = new FlashMap();
                map.put("message", SpringBenchmarkApp.MESSAGE);
                map.setTargetRequestPath(request.getRequestURI());
                map.startExpirationPeriod(180);
                session.setAttribute(FLASH_MAPS, new CopyOnWriteArrayList<>(List.of(map)));
            }
            chain.doFilter((ServletRequest) request, (ServletResponse) response);
        }
    }
}
