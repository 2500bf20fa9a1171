package lt.tinklas.identity.security;

import lt.tinklas.identity.domain.UserAccountRecords;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetails implements UserDetailsService {

	private final UserAccountRecords accounts;

	AccountDetails(UserAccountRecords accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByLogin(username)
			.map(account -> account.toPrincipal())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
