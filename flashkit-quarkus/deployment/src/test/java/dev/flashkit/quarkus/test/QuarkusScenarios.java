package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DeliveryScenarios;
import dev.flashkit.adaptertests.SessionCookieScenarios;
import org.junit.jupiter.api.Test;

/**
 * {@link AdapterScenarios} for QuarkusUnitTest, which runs a test method only when a class of the test's hierarchy
 * declares it: the default methods of {@link SessionCookieScenarios} and {@link DeliveryScenarios} are re-declared
 * here, each running the shared scenario unchanged (on an instance of the interface that browses this class's
 * server). A scenario added to those interfaces later fails loudly on Quarkus ("Could not find method") until it is
 * listed here too.
 */
abstract class QuarkusScenarios extends AdapterScenarios {
    private final SessionCookieScenarios cookieScenarios = new SessionCookieScenarios() {
        @Override
        public Browser browser() {
            return QuarkusScenarios.this.browser();
        }

        @Override
        public boolean sessionInCookie() {
            return QuarkusScenarios.this.sessionInCookie();
        }
    };
    private final DeliveryScenarios deliveryScenarios = this::browser;
    private BareServer bare;

    /** The application QuarkusUnitTest started, and a server without Flashkit. */
    @Override
    protected Servers start() throws Exception {
        bare = new BareServer();
        return new Servers(TestApps.uri(), bare.uri());
    }

    @Override
    protected void stop() throws Exception {
        bare.close();
    }

    @Test
    @Override
    public void sessionRead_withoutChange_variesOnCookieAndLeavesCacheControlAlone() {
        cookieScenarios.sessionRead_withoutChange_variesOnCookieAndLeavesCacheControlAlone();
    }

    @Test
    @Override
    public void sessionRead_noCookieYet_variesOnCookie() {
        cookieScenarios.sessionRead_noCookieYet_variesOnCookie();
    }

    @Test
    @Override
    public void sessionRead_applicationVaries_addsCookieToTheSameVary() {
        cookieScenarios.sessionRead_applicationVaries_addsCookieToTheSameVary();
    }

    @Test
    @Override
    public void sessionRead_applicationSetVaryTwice_keepsBothAndAddsCookie() {
        cookieScenarios.sessionRead_applicationSetVaryTwice_keepsBothAndAddsCookie();
    }

    @Test
    @Override
    public void sessionNeverTouched_getsNoVary() {
        cookieScenarios.sessionNeverTouched_getsNoVary();
    }

    @Test
    @Override
    public void clear_sessionWithData_deletesCookie() {
        cookieScenarios.clear_sessionWithData_deletesCookie();
    }

    @Test
    @Override
    public void remove_lastKey_deletesCookieAndLaterPutStartsAFreshSession() {
        cookieScenarios.remove_lastKey_deletesCookieAndLaterPutStartsAFreshSession();
    }

    @Test
    @Override
    public void remove_notTheLastKey_keepsCookie() {
        cookieScenarios.remove_notTheLastKey_keepsCookie();
    }

    @Test
    @Override
    public void put_moreThanACookieCarries_refusedWith500AndSessionUnchanged() {
        cookieScenarios.put_moreThanACookieCarries_refusedWith500AndSessionUnchanged();
    }

    @Test
    @Override
    public void htmxRequest_addingMessage_deliversItInHxTriggerOnce() {
        deliveryScenarios.htmxRequest_addingMessage_deliversItInHxTriggerOnce();
    }

    @Test
    @Override
    public void htmxRequest_routeThatNeverTouchesFlashkit_stillDeliversPendingMessages() {
        deliveryScenarios.htmxRequest_routeThatNeverTouchesFlashkit_stillDeliversPendingMessages();
    }

    @Test
    @Override
    public void htmxRedirect_addingMessage_waitsForTheLandingPage() {
        deliveryScenarios.htmxRedirect_addingMessage_waitsForTheLandingPage();
    }

    @Test
    @Override
    public void prefetch_ofMessagesPage_doesNotConsumeThem() {
        deliveryScenarios.prefetch_ofMessagesPage_doesNotConsumeThem();
    }

    @Test
    @Override
    public void keep_afterShowingMessages_showsThemOnceMore() {
        deliveryScenarios.keep_afterShowingMessages_showsThemOnceMore();
    }
}
