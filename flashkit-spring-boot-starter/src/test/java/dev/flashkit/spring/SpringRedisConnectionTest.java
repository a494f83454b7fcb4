package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterURIUtil;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;

/**
 * Spring Boot's Redis settings become the URI flashkit-redis connects with, credentials surviving any character;
 * the Cluster and TLS mappings, which {@link SpringRedisStoreTest} does not run against a server.
 */
class SpringRedisConnectionTest {
    private static final String PASSWORD = "p@ss:w/rd %+#,";

    @Test
    void properties_cluster_becomeAClusterUriWithEveryNodeAndTheCredentials() {
        RedisProperties p = new RedisProperties();
        p.setCluster(new RedisProperties.Cluster());
        p.getCluster().setNodes(List.of("10.0.0.1:7000", "10.0.0.2:7001"));
        p.setUsername("app");
        p.setPassword(PASSWORD);
        p.setDatabase(4); // Spring Boot ignores it for a Cluster, which has only database 0

        String uri = SpringRedisConnection.of(p).uri();

        assertThat(uri).startsWith("redis-cluster://").doesNotContain(PASSWORD);
        List<RedisURI> seeds = RedisClusterURIUtil.toRedisURIs(URI.create(uri.replace("redis-cluster", "redis")));
        assertThat(seeds)
                .extracting(s -> s.getHost() + ":" + s.getPort())
                .containsExactly("10.0.0.1:7000", "10.0.0.2:7001");
        assertThat(credentials(seeds.get(0)).getUsername()).isEqualTo("app");
        assertThat(new String(credentials(seeds.get(0)).getPassword())).isEqualTo(PASSWORD);
    }

    @Test
    void properties_clusterWithSsl_becomeATlsClusterUri() {
        RedisProperties p = new RedisProperties();
        p.setCluster(new RedisProperties.Cluster());
        p.getCluster().setNodes(List.of("10.0.0.1:7000"));
        p.getSsl().setEnabled(true);

        assertThat(SpringRedisConnection.of(p).uri()).isEqualTo("rediss-cluster://10.0.0.1:7000");
    }

    @Test
    void properties_sentinel_becomeASentinelUriWithMasterDatabaseAndPassword() {
        RedisProperties p = new RedisProperties();
        p.setSentinel(new RedisProperties.Sentinel());
        p.getSentinel().setMaster("primary");
        p.getSentinel().setNodes(List.of("s1:26379", "s2:26380"));
        p.setPassword(PASSWORD);
        p.setDatabase(2);
        p.getSsl().setEnabled(true);

        RedisURI parsed = RedisURI.create(SpringRedisConnection.of(p).uri());

        assertThat(parsed.getSentinelMasterId()).isEqualTo("primary");
        assertThat(parsed.getSentinels())
                .extracting(s -> s.getHost() + ":" + s.getPort())
                .containsExactly("s1:26379", "s2:26380");
        assertThat(parsed.getDatabase()).isEqualTo(2);
        assertThat(parsed.isSsl()).isTrue();
        assertThat(new String(credentials(parsed).getPassword())).isEqualTo(PASSWORD);
    }

    @Test
    void properties_sentinelPassword_failsSayingWhatToDo() {
        RedisProperties p = new RedisProperties();
        p.setSentinel(new RedisProperties.Sentinel());
        p.getSentinel().setMaster("primary");
        p.getSentinel().setNodes(List.of("s1:26379"));
        p.getSentinel().setPassword("sentinel-secret");

        assertThatThrownBy(() -> SpringRedisConnection.of(p))
                .isInstanceOf(ConfigurationFailure.class)
                .hasMessageContaining("spring.data.redis.sentinel.username/password")
                .hasMessageContaining("declare your own RedisSessionStore bean")
                .hasMessageNotContaining("sentinel-secret");
    }

    @Test
    void properties_rediss_url_keepsTlsHostPortDatabaseAndPassword() {
        RedisProperties p = new RedisProperties();
        p.setUrl("rediss://:s%40cret@cache.example:6380/7");
        p.setHost("ignored.example"); // the URL wins over host and port, as in Spring Boot

        RedisURI parsed = RedisURI.create(SpringRedisConnection.of(p).uri());

        assertThat(parsed.isSsl()).isTrue();
        assertThat(parsed.getHost() + ":" + parsed.getPort()).isEqualTo("cache.example:6380");
        assertThat(parsed.getDatabase()).isEqualTo(7);
        assertThat(new String(credentials(parsed).getPassword())).isEqualTo("s@cret");
    }

    @Test
    void connectionDetails_standalone_becomeAUriWithTheirPassword() {
        RedisConnectionDetails details = new RedisConnectionDetails() {
            @Override
            public String getPassword() {
                return PASSWORD;
            }

            @Override
            public Standalone getStandalone() {
                return Standalone.of("service.example", 6390, 1);
            }
        };

        RedisURI parsed = RedisURI.create(SpringRedisConnection.of(details).uri());

        assertThat(parsed.getHost() + ":" + parsed.getPort() + "/" + parsed.getDatabase())
                .isEqualTo("service.example:6390/1");
        assertThat(new String(credentials(parsed).getPassword())).isEqualTo(PASSWORD);
        assertThat(SpringRedisConnection.of(details).toString()).doesNotContain(PASSWORD);
    }

    private static RedisCredentials credentials(RedisURI uri) {
        return uri.getCredentialsProvider().resolveCredentials().block();
    }
}
