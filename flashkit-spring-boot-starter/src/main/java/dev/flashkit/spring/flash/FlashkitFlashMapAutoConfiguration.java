package dev.flashkit.spring.flash;

import dev.flashkit.Flashkit;
import dev.flashkit.spring.FlashkitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/**
 * {@code flashkit.spring.flash-map=true}: Spring MVC's flash attributes ({@code RedirectAttributes}) in the Flashkit
 * session. Registers the {@code flashMapManager} bean that {@link DispatcherServlet} looks up by name, before Spring
 * Boot's MVC auto-configuration would register its {@code HttpSession} one; an application's own {@code
 * flashMapManager} bean still wins.
 */
@AutoConfiguration(
        after = FlashkitAutoConfiguration.class,
        beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(prefix = "flashkit.spring", name = "flash-map", havingValue = "true")
@ConditionalOnBean(Flashkit.class)
@EnableConfigurationProperties(FlashkitSpringProperties.class)
public class FlashkitFlashMapAutoConfiguration {

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitFlashMapAutoConfiguration() {}

    /** The flash map manager on the Flashkit session, under the name {@code DispatcherServlet} looks up. */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    public FlashMapManager flashMapManager() {
        return new FlashkitFlashMapManager();
    }
}
