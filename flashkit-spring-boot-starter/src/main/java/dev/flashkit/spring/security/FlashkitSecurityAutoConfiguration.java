package dev.flashkit.spring.security;

import dev.flashkit.Flashkit;
import dev.flashkit.spring.FlashkitAutoConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * With Spring Security on the class path: the {@link FlashkitSecurity} bean, which {@link
 * FlashkitSecurityConfigurer} installs into every {@code HttpSecurity} unless {@code flashkit.security.enabled} is
 * false or Flashkit is not installed. A
 * {@link PrincipalMapper} bean, when present, maps the stateless login's principals.
 */
@AutoConfiguration(after = FlashkitAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpSecurity.class)
@EnableConfigurationProperties(FlashkitSecurityProperties.class)
public class FlashkitSecurityAutoConfiguration {

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitSecurityAutoConfiguration() {}

    /** Flashkit's parts for Spring Security, from the {@code flashkit.security.*} properties. */
    @Bean
    @ConditionalOnMissingBean
    public FlashkitSecurity flashkitSecurity(
            FlashkitSecurityProperties properties,
            ObjectProvider<PrincipalMapper> principalMapper,
            ObjectProvider<Flashkit> flashkit) {
        return new FlashkitSecurity(
                properties,
                principalMapper.getIfAvailable(PrincipalMapper::standard),
                Clock.systemUTC(),
                properties.isEnabled() && flashkit.getIfAvailable() != null);
    }
}
