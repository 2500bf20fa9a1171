package lt.tinklas.identity.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRecords extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	default Optional<UserAccount> findByLogin(String email) {
		return findByEmail(UserAccount.normalize(email));
	}
}
