package lt.tinklas.partnerships.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Analyses and plans made for municipalities, of the current network. */
public interface MunicipalAnalysisRecords extends JpaRepository<MunicipalAnalysis, Long> {

	List<MunicipalAnalysis> findAllByOrderByMadeOnDesc();
}
