package dev.flashkit.spring;

import dev.flashkit.Flashkit;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Checks the {@code flashkit.*} settings before the web server starts, so that a bad one stops the application
 * with its own message first rather than inside "Unable to start web server": always {@code flashkit.env}, and
 * in production the whole configuration when the properties alone decide it (the auto-configured {@code
 * Flashkit} bean and no {@link FlashkitConfigCustomizer}, which might still supply the secret). Building it then
 * logs nothing: in production Flashkit only refuses.
 */
final class EarlySettingsCheck implements BeanFactoryPostProcessor {
    private static final String I18N = FlashkitI18nAutoConfiguration.class.getName();
    private final Environment environment;

    EarlySettingsCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Binder binder = Binder.get(environment);
        boolean production = ProductionModeCheck.production(
                binder.bind("flashkit.env", String.class).orElse(null), environment);
        if (production && propertiesAlone(beanFactory)) {
            FlashkitProperties properties = binder.bindOrCreate("flashkit", FlashkitProperties.class);
            FlashkitAutoConfiguration.builder(properties, environment, null).build();
        }
    }

    private static boolean propertiesAlone(ConfigurableListableBeanFactory beanFactory) {
        for (String customizer : beanFactory.getBeanNamesForType(FlashkitConfigCustomizer.class, true, false)) {
            if (!I18N.equals(beanFactory.getBeanDefinition(customizer).getFactoryBeanName())) {
                return false; // FlashkitI18nAutoConfiguration's sets the text resolver only
            }
        }
        String[] flashkits = beanFactory.getBeanNamesForType(Flashkit.class, true, false);
        if (flashkits.length != 1) {
            return false;
        }
        BeanDefinition definition = beanFactory.getBeanDefinition(flashkits[0]);
        return FlashkitAutoConfiguration.class.getName().equals(definition.getFactoryBeanName())
                && "flashkit".equals(definition.getFactoryMethodName());
    }
}
