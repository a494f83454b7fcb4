package dev.flashkit.spring;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;

/**
 * Where Spring Boot's Redis settings point — one server, a Sentinel-watched primary or a Cluster — as the URI
 * flashkit-redis connects with ({@link #uri()}). Read from a {@link RedisConnectionDetails} bean (Spring Data
 * Redis, or a service connection) or, without one, from {@code spring.data.redis.*} with Spring Boot's precedence:
 * Sentinel, then Cluster, then the URL, then host and port. The URI carries the password percent-encoded; error
 * messages never show it.
 */
record SpringRedisConnection(
        Mode mode, String username, String password, List<String> nodes, int database, String master, boolean ssl) {

    /** The three topologies Spring Boot knows. */
    enum Mode {
        STANDALONE,
        SENTINEL,
        CLUSTER
    }

    /** From the connection details bean; {@code ssl} also when {@code spring.data.redis.ssl.enabled} is set. */
    static SpringRedisConnection of(RedisConnectionDetails details) {
        if (details.getSentinel() != null) {
            RedisConnectionDetails.Sentinel s = details.getSentinel();
            checkNoSentinelCredentials(s.getUsername(), s.getPassword());
            return new SpringRedisConnection(
                    Mode.SENTINEL,
                    details.getUsername(),
                    details.getPassword(),
                    nodes(s.getNodes()),
                    s.getDatabase(),
                    s.getMaster(),
                    s.getSslBundle() != null);
        }
        if (details.getCluster() != null) {
            RedisConnectionDetails.Cluster c = details.getCluster();
            return new SpringRedisConnection(
                    Mode.CLUSTER,
                    details.getUsername(),
                    details.getPassword(),
                    nodes(c.getNodes()),
                    0,
                    null,
                    c.getSslBundle() != null);
        }
        RedisConnectionDetails.Standalone s = details.getStandalone();
        return new SpringRedisConnection(
                Mode.STANDALONE,
                details.getUsername(),
                details.getPassword(),
                List.of(s.getHost() + ":" + s.getPort()),
                s.getDatabase(),
                null,
                s.getSslBundle() != null);
    }

    /** From {@code spring.data.redis.*} alone (no connection details bean: Spring Data Redis is absent). */
    static SpringRedisConnection of(RedisProperties p) {
        URI url = p.getUrl() == null || p.getUrl().isBlank() ? null : url(p.getUrl());
        String[] credentials =
                url != null ? credentials(url.getRawUserInfo()) : new String[] {p.getUsername(), p.getPassword()};
        boolean ssl = p.getSsl().isEnabled() || (url != null && "rediss".equalsIgnoreCase(url.getScheme()));
        if (p.getSentinel() != null && p.getSentinel().getMaster() != null) {
            checkNoSentinelCredentials(
                    p.getSentinel().getUsername(), p.getSentinel().getPassword());
            return new SpringRedisConnection(
                    Mode.SENTINEL,
                    credentials[0],
                    credentials[1],
                    p.getSentinel().getNodes(),
                    url != null ? database(url) : p.getDatabase(),
                    p.getSentinel().getMaster(),
                    ssl);
        }
        if (p.getCluster() != null && !p.getCluster().getNodes().isEmpty()) {
            return new SpringRedisConnection(
                    Mode.CLUSTER, credentials[0], credentials[1], p.getCluster().getNodes(), 0, null, ssl);
        }
        if (url != null) {
            int port = url.getPort() == -1 ? 6379 : url.getPort();
            return new SpringRedisConnection(
                    Mode.STANDALONE,
                    credentials[0],
                    credentials[1],
                    List.of(url.getHost() + ":" + port),
                    database(url),
                    null,
                    ssl);
        }
        return new SpringRedisConnection(
                Mode.STANDALONE,
                credentials[0],
                credentials[1],
                List.of(p.getHost() + ":" + p.getPort()),
                p.getDatabase(),
                null,
                ssl);
    }

    /** The URI for {@code RedisSessionStore.builder}: {@code redis://}, {@code redis-sentinel://} or Flashkit's {@code redis-cluster://}. */
    String uri() {
        String scheme =
                switch (mode) {
                    case STANDALONE -> "redis";
                    case SENTINEL -> "redis-sentinel";
                    case CLUSTER -> "redis-cluster";
                };
        if (ssl) {
            scheme = scheme.replaceFirst("^redis", "rediss");
        }
        StringBuilder uri =
                new StringBuilder(scheme).append("://").append(userInfo()).append(String.join(",", nodes));
        if (mode != Mode.CLUSTER) {
            uri.append('/').append(database);
        }
        if (mode == Mode.SENTINEL) {
            uri.append('#').append(master);
        }
        return uri.toString();
    }

    private String userInfo() {
        boolean hasPassword = password != null && !password.isEmpty();
        boolean hasUser = username != null && !username.isEmpty();
        if (!hasPassword && !hasUser) {
            return "";
        }
        if (hasUser && username.contains(":")) {
            throw new ConfigurationFailure(
                    "The Redis username in spring.data.redis.* contains ':', which flashkit.session.store=redis cannot"
                            + " pass on.",
                    "Use a Redis ACL user whose name has no ':', or declare your own RedisSessionStore bean.");
        }
        return (hasUser ? encode(username) : "") + ":" + (hasPassword ? encode(password) : "") + "@";
    }

    private static void checkNoSentinelCredentials(String username, String password) {
        if ((username != null && !username.isEmpty()) || (password != null && !password.isEmpty())) {
            throw new ConfigurationFailure(
                    "spring.data.redis.sentinel.username/password (credentials of the Sentinels themselves) are not"
                            + " supported by flashkit.session.store=redis.",
                    "Run the Sentinels without a password (the Redis password, spring.data.redis.password, is"
                            + " supported), or declare your own RedisSessionStore bean.");
        }
    }

    private static List<String> nodes(List<RedisConnectionDetails.Node> nodes) {
        return nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.toList());
    }

    private static URI url(String text) {
        try {
            URI url = new URI(text.trim());
            if (url.getHost() == null
                    || !("redis".equalsIgnoreCase(url.getScheme()) || "rediss".equalsIgnoreCase(url.getScheme()))) {
                throw new IllegalArgumentException();
            }
            return url;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new ConfigurationFailure(
                    "spring.data.redis.url is not a redis:// or rediss:// URL.",
                    "Correct it to redis://[[user]:password@]host[:port][/database].");
        }
    }

    /** {@code user:password}, {@code :password} or, as Spring Boot reads it, {@code password} alone. */
    private static String[] credentials(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return new String[] {null, null};
        }
        int colon = rawUserInfo.indexOf(':');
        if (colon < 0) {
            return new String[] {null, decode(rawUserInfo)};
        }
        String user = rawUserInfo.substring(0, colon);
        return new String[] {user.isEmpty() ? null : decode(user), decode(rawUserInfo.substring(colon + 1))};
    }

    private static int database(URI url) {
        String path = url.getPath();
        if (path == null || path.length() <= 1) {
            return 0;
        }
        try {
            return Integer.parseInt(path.substring(1));
        } catch (NumberFormatException e) {
            throw new ConfigurationFailure(
                    "The database in spring.data.redis.url is not a number.", "End the URL with /<number>, e.g. /0.");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SpringRedisConnection[" + mode + " " + nodes + (ssl ? " TLS" : "") + "]"; // never the password
    }
}
