package dev.flashkit.quarkus;

import io.quarkus.arc.Arc;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Qute's {@code {flashkit:messages}}: the current request's messages in Flashkit's markup ({@code messages.html()}),
 * unescaped, as the page displays them (displaying consumes them). Installed only when the application has Qute.
 */
@TemplateExtension(namespace = "flashkit")
final class FlashkitTemplateExtensions {
    private FlashkitTemplateExtensions() {}

    /** {@code {flashkit:messages}}. */
    static RawString messages() {
        CurrentVertxRequest current =
                Arc.container().instance(CurrentVertxRequest.class).get();
        return new RawString(FlashkitQuarkus.messages(current.getCurrent()).html());
    }
}
