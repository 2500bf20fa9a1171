package lt.tinklas.advocacy.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** CouncilSeat records of the current network. */
public interface SeatRecords extends JpaRepository<CouncilSeat, Long> {

	/** Seats held on some day of the period (both ends included). */
	@Query("select s from CouncilSeat s where s.from <= :to and (s.until is null or s.until >= :from) order by s.body")
	List<CouncilSeat> heldDuring(LocalDate from, LocalDate to);
}
