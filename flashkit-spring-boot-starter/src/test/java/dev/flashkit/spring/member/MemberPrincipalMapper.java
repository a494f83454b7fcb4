package dev.flashkit.spring.member;

// tag::docs[]
import dev.flashkit.spring.security.PrincipalMapper;
import dev.flashkit.spring.security.StoredLogin;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/** Keeps the member id with the stateless login, so every later request gets a Member back. */
@Component
public class MemberPrincipalMapper implements PrincipalMapper {
    @Override
    public StoredLogin store(Authentication authentication, Instant now) {
        StoredLogin login = PrincipalMapper.standard().store(authentication, now);
        Member member = (Member) authentication.getPrincipal();
        return new StoredLogin(login.name(), login.authorities(), "member", now, Map.of("id", member.id()));
    }

    @Override
    public Authentication restore(StoredLogin login) {
        long id = ((Number) login.attributes().get("id")).longValue();
        Member member = new Member(id, login.name(), "", AuthorityUtils.createAuthorityList(login.authorities()));
        return UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
    }
}
// end::docs[]
