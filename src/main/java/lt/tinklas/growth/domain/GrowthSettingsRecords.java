package lt.tinklas.growth.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrowthSettingsRecords extends JpaRepository<GrowthSettings, Long> {

	Optional<GrowthSettings> findFirstBy();
}
