package lt.tinklas.growth.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalCouncilRecords extends JpaRepository<MunicipalCouncil, Long> {

	Optional<MunicipalCouncil> findByMunicipality(String municipality);
}
