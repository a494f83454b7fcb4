package dev.flashkit.quarkus.test;

import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The two shared scenarios that inspect the messages cookie, which does not exist when flash messages live in Redis
 * next to the sessions ({@code quarkus.flashkit.session.store=redis}): they are reported as not applicable, with the
 * reason, instead of failing on a cookie the configuration never writes. Every other scenario runs unchanged.
 */
public final class MessagesInRedis implements ExecutionCondition {
    private static final Set<String> ABOUT_THE_MESSAGES_COOKIE = Set.of(
            "cookie_messagesCookieOverPlainHttp_hasFlashkitDefaults", "tamperedMessagesCookie_gives200AndNoMessages");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getTestMethod()
                .filter(method -> ABOUT_THE_MESSAGES_COOKIE.contains(method.getName()))
                .map(method -> ConditionEvaluationResult.disabled(
                        "messages live in Redis with the Redis store: there is no messages cookie to inspect"))
                .orElse(ConditionEvaluationResult.enabled("not about the messages cookie"));
    }
}
