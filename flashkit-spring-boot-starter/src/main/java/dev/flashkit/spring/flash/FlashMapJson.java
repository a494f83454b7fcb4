package dev.flashkit.spring.flash;

import dev.flashkit.internal.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.FlashMap;

/**
 * One {@link FlashMap} as a JSON-compatible value of the Flashkit session: {@code attributes}, {@code path} (the
 * target request path, when set), {@code params} (the target request parameters, name to values) and {@code
 * expires} (epoch milliseconds, when set). Anything stored under the key in another shape is skipped on reading.
 */
final class FlashMapJson {
    private FlashMapJson() {}

    /** The flash map as a map of JSON values; each attribute checked ({@link #checked}). */
    static Map<String, Object> write(FlashMap flashMap) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        flashMap.forEach((name, value) -> attributes.put(name, checked(name, value)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", attributes);
        if (flashMap.getTargetRequestPath() != null) {
            json.put("path", flashMap.getTargetRequestPath());
        }
        if (!flashMap.getTargetRequestParams().isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            flashMap.getTargetRequestParams().forEach((name, values) -> params.put(name, new ArrayList<>(values)));
            json.put("params", params);
        }
        if (flashMap.getExpirationTime() >= 0) {
            json.put("expires", flashMap.getExpirationTime());
        }
        return json;
    }

    /** The flash maps stored as {@code stored} (a mutable list, as Spring changes it); malformed entries skipped. */
    static List<FlashMap> read(Object stored) {
        List<FlashMap> flashMaps = new ArrayList<>();
        if (stored instanceof List<?> list) {
            for (Object entry : list) {
                FlashMap flashMap = flashMap(object(entry));
                if (flashMap != null) {
                    flashMaps.add(flashMap);
                }
            }
        }
        return flashMaps;
    }

    private static FlashMap flashMap(Map<String, Object> json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> attributes = object(json.get("attributes"));
        if (attributes == null) {
            return null;
        }
        FlashMap flashMap = new FlashMap();
        flashMap.putAll(attributes);
        if (json.get("path") instanceof String path) {
            flashMap.setTargetRequestPath(path);
        }
        Map<String, Object> params = object(json.get("params"));
        if (params != null) {
            MultiValueMap<String, String> target = new LinkedMultiValueMap<>();
            params.forEach((name, values) -> {
                if (values instanceof List<?> list) {
                    list.forEach(value -> target.add(name, String.valueOf(value)));
                }
            });
            flashMap.addTargetRequestParams(target);
        }
        if (json.get("expires") instanceof Number expires) {
            flashMap.setExpirationTime(expires.longValue());
        }
        return flashMap;
    }

    /** Checks one attribute value: JSON-compatible, or an error that names the attribute and says what to do. */
    static Object checked(String attribute, Object value) {
        try {
            return JsonValues.normalize(attribute, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "flash attribute '" + attribute + "' (RedirectAttributes.addFlashAttribute) cannot travel in the"
                            + " Flashkit session (flashkit.spring.flash-map=true): " + e.getMessage()
                            + ". Flash a JSON-compatible value instead, such as the object's id or a Map of its"
                            + " fields.",
                    e);
        }
    }

    /** A map with {@code String} keys, or {@code null} for anything else. */
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
