package dev.flashkit.spring;

import dev.flashkit.jdbc.JdbcSessionStore;
import dev.flashkit.session.SessionStore;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@code flashkit.session.store=jdbc}: sessions and flash messages in the application's {@link DataSource}
 * (PostgreSQL, docs/postgres.md) through flashkit-jdbc's {@link JdbcSessionStore}, which the main
 * auto-configuration then installs like any {@link SessionStore} bean; {@code flashkit.session.jdbc.*} tune it.
 */
@AutoConfiguration(
        before = FlashkitAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "dev.flashkit.jdbc.JdbcSessionStore")
@ConditionalOnProperty(prefix = "flashkit.session", name = "store", havingValue = "jdbc")
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(FlashkitJdbcProperties.class)
public class FlashkitJdbcAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public FlashkitJdbcAutoConfiguration() {}

    /** The store on the application's DataSource, closed (its cleanup thread) with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(SessionStore.class)
    public JdbcSessionStore flashkitJdbcSessionStore(DataSource dataSource, FlashkitJdbcProperties properties) {
        return JdbcSessionStore.builder(dataSource)
                .createSchema(properties.isCreateSchema())
                .tablePrefix(properties.getTablePrefix())
                .timeout(properties.getTimeout())
                .build();
    }

    /** Flash messages next to the sessions, shown exactly once across instances. */
    @Bean
    public FlashkitConfigCustomizer flashkitJdbcMessageStorage(JdbcSessionStore store) {
        return builder -> builder.messageStorage(store.messageStorage());
    }
}
