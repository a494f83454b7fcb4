package dev.flashkit.spring.security;

import dev.flashkit.messages.Message;
import dev.flashkit.messages.Messages;
import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Shows pending flash messages on the login and logout pages Spring Security generates ({@code
 * DefaultLoginPageGeneratingFilter}, {@code DefaultLogoutPageGeneratingFilter}, which offer no hook for their
 * markup): when a GET of such a page has messages, their HTML goes in after the page's heading. A page there that
 * Spring did not generate (it does not link Spring's {@code default-ui.css}) is left as it is. Where a message is
 * Flashkit's own login-failure or logout text, Spring's alert saying the same ({@code ?error}, {@code ?logout}) is
 * left out, so it does not show twice.
 */
final class GeneratedPageMessagesFilter implements Filter {
    private static final String LOGOUT_PAGE = "/logout";
    private static final String SPRING_STYLES = "default-ui.css";
    private static final Pattern SPRING_ERROR =
            Pattern.compile("\\s*<div class=\"alert alert-danger\" role=\"alert\">.*?</div>");
    private static final Pattern SPRING_LOGOUT =
            Pattern.compile("\\s*<div class=\"alert alert-success\" role=\"alert\">.*?</div>");
    private final Set<String> pages;
    private final FlashkitSecurityProperties.Messages texts;

    GeneratedPageMessagesFilter(String loginPage, FlashkitSecurityProperties.Messages texts) {
        this.pages = Set.copyOf(List.of(loginPage, LOGOUT_PAGE));
        this.texts = texts;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Messages messages = FlashkitFilter.messagesOrNoop(request);
        if (!"GET".equals(request.getMethod())
                || !pages.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                || messages.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper((HttpServletResponse) res);
        chain.doFilter(req, page);
        String type = page.getContentType();
        if (page.getStatus() == 200 && type != null && type.startsWith("text/html") && isSpringsPage(page)) {
            String html = withMessages(new String(page.getContentAsByteArray(), StandardCharsets.UTF_8), messages);
            page.resetBuffer();
            page.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
        page.copyBodyToResponse();
    }

    /** Only the pages Spring generates link its stylesheet; an application's own page there is left alone. */
    private static boolean isSpringsPage(ContentCachingResponseWrapper page) {
        return new String(page.getContentAsByteArray(), StandardCharsets.UTF_8).contains(SPRING_STYLES);
    }

    private String withMessages(String html, Messages messages) {
        List<String> pending = messages.peek().stream()
                .map(Message::text)
                .map(text -> text.value())
                .toList();
        String page = html;
        if (pending.contains(texts.getLoginFailure())) {
            page = SPRING_ERROR.matcher(page).replaceFirst("");
        }
        if (pending.contains(texts.getLogout())) {
            page = SPRING_LOGOUT.matcher(page).replaceFirst("");
        }
        int at = page.indexOf("</h2>");
        if (at >= 0) {
            at += "</h2>".length();
        } else {
            int body = page.indexOf("<body");
            at = body < 0 ? -1 : page.indexOf('>', body) + 1;
        }
        return at <= 0 ? page : page.substring(0, at) + "\n" + messages.html() + page.substring(at);
    }
}
