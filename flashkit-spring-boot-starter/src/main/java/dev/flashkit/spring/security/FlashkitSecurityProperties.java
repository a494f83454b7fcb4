package dev.flashkit.spring.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code flashkit.security.*} settings: whether Flashkit wires itself into Spring Security, whether the login
 * lives in the Flashkit session (stateless login), and the texts of the messages it flashes. Spring-only: they are
 * not rows of Flashkit's settings table.
 */
@ConfigurationProperties(prefix = "flashkit.security")
public class FlashkitSecurityProperties {
    /**
     * Whether Flashkit wires itself into Spring Security when it is on the class path: session rotation on login,
     * invalidation on logout, the CSRF token in the Flashkit session, flash messages.
     */
    private boolean enabled = true;

    /**
     * Keep the signed-in user (name, authorities, authentication type, issued-at) in the sealed Flashkit session
     * instead of the HttpSession, so a login needs no server-side session at all.
     */
    private boolean statelessLogin = false;

    private final Messages messages = new Messages();

    /** Creates the settings with their defaults (Spring binds the properties). */
    public FlashkitSecurityProperties() {}

    /** Whether Flashkit wires itself into Spring Security. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Sets whether Flashkit wires itself into Spring Security. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether the login is kept in the Flashkit session instead of the HttpSession. */
    public boolean isStatelessLogin() {
        return statelessLogin;
    }

    /** Sets whether the login is kept in the Flashkit session instead of the HttpSession. */
    public void setStatelessLogin(boolean statelessLogin) {
        this.statelessLogin = statelessLogin;
    }

    /** The texts of the flash messages. */
    public Messages getMessages() {
        return messages;
    }

    /** The texts Flashkit flashes on security events; an empty text flashes nothing. */
    public static class Messages {
        /** Flashed (success) after a successful interactive login; empty for none. */
        private String loginSuccess = "You are signed in.";

        /** Flashed (error) by the form-login failure handler of FlashkitSecurity; empty for none. */
        private String loginFailure = "Invalid username or password.";

        /** Flashed (info) on logout; empty for none. */
        private String logout = "You have been signed out.";

        /** Flashed (warning) when a signed-in user is denied access (not on CSRF failures); empty for none. */
        private String accessDenied = "You do not have access to that page.";

        /** Creates the default texts. */
        public Messages() {}

        /** The text flashed after a successful login. */
        public String getLoginSuccess() {
            return loginSuccess;
        }

        /** Sets the text flashed after a successful login. */
        public void setLoginSuccess(String loginSuccess) {
            this.loginSuccess = loginSuccess;
        }

        /** The text flashed when a form login fails. */
        public String getLoginFailure() {
            return loginFailure;
        }

        /** Sets the text flashed when a form login fails. */
        public void setLoginFailure(String loginFailure) {
            this.loginFailure = loginFailure;
        }

        /** The text flashed on logout. */
        public String getLogout() {
            return logout;
        }

        /** Sets the text flashed on logout. */
        public void setLogout(String logout) {
            this.logout = logout;
        }

        /** The text flashed when access is denied. */
        public String getAccessDenied() {
            return accessDenied;
        }

        /** Sets the text flashed when access is denied. */
        public void setAccessDenied(String accessDenied) {
            this.accessDenied = accessDenied;
        }
    }
}
