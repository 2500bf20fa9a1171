package lt.tinklas.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** The keepers and a member organization's representative, who acts for their own organization only (the method checks which). */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'STAFF', 'MEMBER_REP')")
public @interface KeepersAndRepresentatives {
}
