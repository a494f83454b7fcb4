package dev.flashkit.spring.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A signed-in user as the stateless login keeps it in the sealed Flashkit session: JSON values only, never a
 * serialized Java object.
 *
 * @param name the principal's name ({@code Authentication.getName()})
 * @param authorities the granted authorities, e.g. {@code ROLE_USER}
 * @param type the kind of authentication, by default the simple class name of the {@code Authentication}
 * @param issuedAt when the user signed in
 * @param attributes what a {@link PrincipalMapper} keeps of a custom principal: JSON-compatible values
 *     (strings, numbers, booleans, lists and maps of them)
 */
public record StoredLogin(
        String name, List<String> authorities, String type, Instant issuedAt, Map<String, Object> attributes) {

    /** Checks the parts and copies the collections. */
    public StoredLogin {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a stored login needs a name");
        }
        authorities = List.copyOf(authorities);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedAt, "issuedAt");
        attributes = Map.copyOf(attributes);
    }

    /** The JSON-compatible map kept in the session. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("authorities", authorities);
        map.put("type", type);
        map.put("issuedAt", issuedAt.toString());
        map.put("attributes", attributes);
        return map;
    }

    /** Reads {@link #toMap()}'s form back; anything else (an older or foreign shape) reads as no login. */
    @SuppressWarnings("unchecked")
    static StoredLogin fromMap(Map<?, ?> map) {
        try {
            if (map.get("name") instanceof String name
                    && map.get("authorities") instanceof List<?> authorities
                    && map.get("type") instanceof String type
                    && map.get("issuedAt") instanceof String issuedAt
                    && map.get("attributes") instanceof Map<?, ?> attributes
                    && authorities.stream().allMatch(String.class::isInstance)) {
                return new StoredLogin(
                        name, (List<String>) authorities, type, Instant.parse(issuedAt), (Map<String, Object>)
                                attributes);
            }
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
        return null;
    }
}
