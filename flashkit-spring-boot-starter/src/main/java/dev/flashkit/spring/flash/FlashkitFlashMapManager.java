package dev.flashkit.spring.flash;

import dev.flashkit.RequestContext;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Spring MVC's flash maps ({@code RedirectAttributes.addFlashAttribute}) in the Flashkit session instead of the
 * {@code HttpSession}: the sealed cookie, or the configured store. {@link AbstractFlashMapManager} keeps doing what
 * Spring's own manager does — matching a flash map to its target path and parameters, expiring it, removing it
 * once used — and this class only reads and writes the list, as JSON ({@link FlashMapJson}), under {@value #KEY}.
 * A value that JSON cannot hold is refused when the redirect saves it, with an error naming the attribute.
 */
final class FlashkitFlashMapManager extends AbstractFlashMapManager {
    /** The session key of the flash maps. */
    static final String KEY = "_flashkit.flashMaps";

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        if (request.getAttribute(RequestContext.ATTRIBUTE) == null) {
            return null; // the filter did not run for this request: nothing can have been stored for it
        }
        Object stored = FlashkitFilter.session(request).get(KEY);
        return stored == null ? null : FlashMapJson.read(stored);
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        Session session = FlashkitFilter.session(request);
        if (flashMaps.isEmpty()) {
            session.remove(KEY);
            return;
        }
        List<Object> json = new ArrayList<>(flashMaps.size());
        for (FlashMap flashMap : flashMaps) {
            json.add(FlashMapJson.write(flashMap));
        }
        session.put(KEY, json);
    }

    /** No lock: each request changes its own copy of the session, which the store saves with the response. */
    @Override
    protected Object getFlashMapsMutex(HttpServletRequest request) {
        return null;
    }
}
