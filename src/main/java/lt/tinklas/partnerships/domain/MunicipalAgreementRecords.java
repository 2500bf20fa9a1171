package lt.tinklas.partnerships.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Cooperation agreements of the current network. */
public interface MunicipalAgreementRecords extends JpaRepository<MunicipalAgreement, Long> {

	List<MunicipalAgreement> findByMunicipalityCode(String municipalityCode);
}
