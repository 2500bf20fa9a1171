package lt.tinklas.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Anyone with a role in the network, a member organization's representative included (who sees what the method allows them). */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF', 'BOARD', 'READER', 'MEMBER_REP')")
public @interface AnyNetworkRole {
}
