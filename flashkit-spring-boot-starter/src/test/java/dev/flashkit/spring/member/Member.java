package dev.flashkit.spring.member;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A principal with more than a name: the member's id, which the pages need on every request. */
public class Member extends User {
    private final long id;

    /** A member; {@code password} is the hash at login and empty once restored from the session. */
    public Member(long id, String username, String password, Collection<? extends GrantedAuthority> authorities) {
        super(username, password, authorities);
        this.id = id;
    }

    /** The member's id. */
    public long id() {
        return id;
    }
}
