package dev.flashkit.servlet.example;

// tag::docs[]
import dev.flashkit.Flashkit;
import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.EnumSet;
import java.util.Set;

/** Registered in META-INF/services/jakarta.servlet.ServletContainerInitializer (or added by an embedded server). */
public class FlashkitInitializer implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic flashkit =
                context.addFilter("flashkit", new FlashkitFilter(Flashkit.fromEnvironment()));
        flashkit.setAsyncSupported(true);
        flashkit.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");

        context.addServlet("items", new ItemsServlet()).addMapping("/items");
    }
}
// end::docs[]
