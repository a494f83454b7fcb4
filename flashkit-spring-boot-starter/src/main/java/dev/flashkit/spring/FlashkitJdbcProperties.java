package dev.flashkit.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code flashkit.session.jdbc.*}: the PostgreSQL store of {@code flashkit.session.store=jdbc}. */
@ConfigurationProperties(prefix = "flashkit.session.jdbc")
public class FlashkitJdbcProperties {
    /** Whether to create the session tables when they are missing (else run the schema script with your migrations). */
    private boolean createSchema = false;

    /** Prefix of the session tables' names. */
    private String tablePrefix = "flashkit_";

    /** Longest a session statement may take before the request answers 503. */
    private Duration timeout = Duration.ofSeconds(2);

    /** Whether to create the session tables when they are missing. */
    public boolean isCreateSchema() {
        return createSchema;
    }

    /** Sets whether to create the session tables when they are missing. */
    public void setCreateSchema(boolean createSchema) {
        this.createSchema = createSchema;
    }

    /** Prefix of the session tables' names. */
    public String getTablePrefix() {
        return tablePrefix;
    }

    /** Sets the prefix of the session tables' names. */
    public void setTablePrefix(String tablePrefix) {
        this.tablePrefix = tablePrefix;
    }

    /** Longest a session statement may take. */
    public Duration getTimeout() {
        return timeout;
    }

    /** Sets the longest a session statement may take. */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
