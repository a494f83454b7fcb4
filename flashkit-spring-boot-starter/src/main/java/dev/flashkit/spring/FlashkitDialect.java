package dev.flashkit.spring;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;

/**
 * Adds the {@code #flashkit} expression object ({@link FlashkitExpressions}) and the {@code <flashkit:messages/>}
 * element (the request's messages in Flashkit's markup) to Thymeleaf, so any template can show messages without
 * controller code: {@code <div th:replace="~{flashkit/messages :: messages}"></div>}. The starter registers it as a
 * bean; Spring Boot adds dialect beans to its template engine.
 */
public final class FlashkitDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {
    private static final String NAME = "flashkit";

    /** Creates the dialect. */
    public FlashkitDialect() {
        super("Flashkit", NAME, 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new MessagesElementProcessor(dialectPrefix));
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
                return new FlashkitExpressions(MessagesElementProcessor.requestAttribute(context));
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // one per template execution (one request)
            }
        };
    }
}
