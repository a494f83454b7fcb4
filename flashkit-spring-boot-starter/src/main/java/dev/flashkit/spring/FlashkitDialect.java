package dev.flashkit.spring;

import dev.flashkit.RequestContext;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds the {@code #flashkit} expression object ({@link FlashkitExpressions}) to Thymeleaf, so any template
 * can show messages without controller code: {@code <div th:replace="~{flashkit/messages :: messages}"></div>}.
 * The starter registers it as a bean; Spring Boot adds dialect beans to its template engine.
 */
public final class FlashkitDialect extends AbstractDialect implements IExpressionObjectDialect {
    private static final String NAME = "flashkit";

    /** Creates the dialect. */
    public FlashkitDialect() {
        super("Flashkit");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                Object attribute = context instanceof IWebContext web
                        ? web.getExchange().getAttributeValue(RequestContext.ATTRIBUTE)
                        : null;
                return new FlashkitExpressions(attribute);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // one per template execution (one request)
            }
        };
    }
}
