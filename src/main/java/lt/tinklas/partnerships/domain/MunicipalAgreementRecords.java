package lt.tinklas.partnerships.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Cooperation agreements of the current network. */
public interface MunicipalAgreementRecords extends JpaRepository<MunicipalAgreement, Long> {

	List<MunicipalAgreement> findByMunicipalityCode(String municipalityCode);

	/** The agreements with the municipality, the latest first, without their documents: id, status, signed, valid until. */
	@Query("""
			select a.id, a.status, a.signedOn, a.validUntil from MunicipalAgreement a where a.municipalityCode = :code
			order by a.signedOn desc nulls last, a.id desc""")
	List<Object[]> summariesFor(String code);
}
