package dev.flashkit.spring;

import dev.flashkit.RequestContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <flashkit:messages/>}: replaced by the request's messages as Flashkit's HTML renderer writes them
 * (displayed and consumed; nothing when there are none). The starter's {@code flashkit/messages} fragment is this
 * element. It reaches the messages without an expression: evaluating {@code ${#flashkit.html()}} on Spring's SpEL
 * costs several times Flashkit's own work of showing a message.
 */
final class MessagesElementProcessor extends AbstractElementTagProcessor {
    /** After Thymeleaf's own attributes on the same element ({@code th:fragment}, {@code th:if}). */
    private static final int PRECEDENCE = 1500;

    MessagesElementProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, "messages", true, null, false, PRECEDENCE);
    }

    @Override
    protected void doProcess(
            ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structureHandler) {
        structureHandler.replaceWith(
                RequestContext.messagesOrNoop(requestAttribute(context)).html(), false);
    }

    /** The request's {@link RequestContext} attribute, or null outside a web request. */
    static Object requestAttribute(org.thymeleaf.context.IExpressionContext context) {
        return context instanceof IWebContext web
                ? web.getExchange().getAttributeValue(RequestContext.ATTRIBUTE)
                : null;
    }
}
