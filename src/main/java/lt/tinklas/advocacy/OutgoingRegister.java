package lt.tinklas.advocacy;

import java.time.LocalDate;

import lt.tinklas.advocacy.domain.RegisterCounter;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's outgoing register: the next number for a document sent on a day, in the network's
 * pattern and in the one sequence that positions, letters and invitations share, so no two of them
 * carry the same number. Taken in the sending transaction: a send that fails gives its number back.
 */
@Service
public class OutgoingRegister {

	/** A number as written on the document, with the span its sequence counts in and the sequence. */
	public record Entry(String number, String scope, int seq) {
	}

	private final RegisterCounter counter;
	private final Networks networks;

	OutgoingRegister(RegisterCounter counter, Networks networks) {
		this.counter = counter;
		this.networks = networks;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Entry next(LocalDate on) {
		long networkId = Tenancy.require();
		RegisterPattern pattern = new RegisterPattern(networks.settings(networkId).letterNumberPattern());
		String scope = pattern.scope(on);
		int seq = counter.next(networkId, scope);
		return new Entry(pattern.format(on, seq), scope, seq);
	}
}
