package lt.tinklas.organizations.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Organizations of the current network. */
public interface OrganizationRecords extends JpaRepository<Organization, Long> {

	Optional<Organization> findByLegalCode(String legalCode);
}
