package dev.flashkit;

import dev.flashkit.internal.HeaderBuffer;
import dev.flashkit.spi.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request's exchange as Flashkit hands it to message storages: it knows its {@link RequestContext}
 * ({@link RequestContext#of(Exchange)}), marks the response private when a cookie is set, and can buffer
 * header writes during commit.
 */
final class BoundExchange implements Exchange, HeaderBuffer {
    private final Exchange delegate;
    private final RequestContext context;
    private List<String[]> buffered;
    // The last two cookies looked up: the storages ask for the messages and the session cookie several times per
    // request, and each lookup would scan the Cookie header again. Each slot is one immutable pair.
    private record Cookie(String name, String value) {}

    private Cookie lastCookie;
    private Cookie otherCookie;

    BoundExchange(Exchange delegate, RequestContext context) {
        this.delegate = delegate;
        this.context = context;
    }

    RequestContext context() {
        return context;
    }

    @Override
    public String method() {
        return delegate.method();
    }

    @Override
    public String path() {
        return delegate.path();
    }

    @Override
    public String query() {
        return delegate.query();
    }

    @Override
    public String cookie(String name) {
        Cookie last = lastCookie;
        if (last != null && last.name().equals(name)) {
            return last.value();
        }
        Cookie other = otherCookie;
        if (other != null && other.name().equals(name)) {
            return other.value();
        }
        String value = delegate.cookie(name);
        otherCookie = last;
        lastCookie = new Cookie(name, value);
        return value;
    }

    @Override
    public String header(String name) {
        return delegate.header(name);
    }

    @Override
    public boolean isSecure() {
        return delegate.isSecure();
    }

    @Override
    public int status() {
        return delegate.status();
    }

    @Override
    public String responseHeader(String name) {
        return delegate.responseHeader(name);
    }

    @Override
    public void addResponseHeader(String name, String value) {
        write(name, value, true);
    }

    @Override
    public void setResponseHeader(String name, String value) {
        write(name, value, false);
    }

    private void write(String name, String value, boolean add) {
        if (buffered != null) {
            buffered.add(new String[] {name, value, add ? "add" : "set"});
            return;
        }
        if (name.equalsIgnoreCase("Set-Cookie")) {
            context.markPrivate();
        }
        if (add) {
            delegate.addResponseHeader(name, value);
        } else {
            delegate.setResponseHeader(name, value);
        }
    }

    @Override
    public List<Locale> locales() {
        return delegate.locales();
    }

    @Override
    public void begin() {
        buffered = new ArrayList<>(2);
    }

    @Override
    public void discard() {
        if (buffered != null) {
            buffered.clear();
        }
    }

    @Override
    public void flush() {
        List<String[]> writes = buffered;
        buffered = null;
        if (writes != null) {
            for (String[] w : writes) {
                write(w[0], w[1], w[2].equals("add"));
            }
        }
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
