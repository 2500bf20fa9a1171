package lt.tinklas.identity.security;

import java.time.Instant;

import lt.tinklas.identity.domain.UserAccountRecords;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins in a row, by page or by API; the fifth locks the account (UserAccount). */
@Component
class LoginAttempts {

	private final UserAccountRecords accounts;

	LoginAttempts(UserAccountRecords accounts) {
		this.accounts = accounts;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByLogin(String.valueOf(event.getAuthentication().getPrincipal()))
			.ifPresent(account -> account.failedLogin(Instant.now()));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		accounts.findByLogin(event.getAuthentication().getName()).ifPresent(account -> account.succeededLogin());
	}
}
