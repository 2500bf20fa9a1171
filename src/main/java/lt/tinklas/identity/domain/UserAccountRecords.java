package lt.tinklas.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRecords extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	/** The e-mail and the display name of the accounts with these e-mails. */
	@Query("select u.email, u.displayName from UserAccount u where u.email in :emails")
	List<Object[]> namesByEmail(Collection<String> emails);

	default Optional<UserAccount> findByLogin(String email) {
		return findByEmail(UserAccount.normalize(email));
	}
}
