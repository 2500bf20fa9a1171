package lt.tinklas.advocacy.application;

import java.time.LocalDate;

import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.stereotype.Service;

/** The advocacy figures of a period in the current network. */
@Service
public class AdvocacyStatistics {

	private final AdvocacyCounting counting;

	AdvocacyStatistics(AdvocacyCounting counting) {
		this.counting = counting;
	}

	public AdvocacyStats of(LocalDate from, LocalDate to) {
		return counting.stats(Tenancy.require(), from, to);
	}
}
