package lt.tinklas.people.application;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import lt.tinklas.people.domain.Person;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.PlatformWide;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The platform admin's side of an erasure request that names only an e-mail: the networks that
 * know the address, and the erasure in each network that lets the platform admin read its records.
 * A network that keeps its records to itself is counted, never named, and erases its people itself.
 */
@Service
public class PlatformErasures {

	/** A person with the e-mail in a network the platform admin may read. */
	public record Found(long networkId, String network, String slug, long personId) {
	}

	/** Where the address is known: the networks one may act in, and how many others keep it. */
	public record Search(List<Found> found, long elsewhere) {
	}

	private final JdbcClient jdbc;
	private final NetworkLookup networks;
	private final PersonalDataRequests requests;

	PlatformErasures(JdbcClient jdbc, NetworkLookup networks, PersonalDataRequests requests) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.requests = requests;
	}

	public Search find(String email) {
		String address = Person.normalizeEmail(email);
		if (address == null || address.isBlank() || !address.contains("@")) {
			throw InvalidInputException.of("email", "personalData.error.email");
		}
		Set<Long> readable = networks.readableByPlatformAdmin();
		// the platform admin looks for a person in every network
		List<long[]> people = PlatformWide.run(() -> jdbc
			.sql("select network_id, id from person where email = :email and erased_at is null")
			.param("email", address)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list());
		List<Found> found = people.stream()
			.filter(each -> readable.contains(each[0]))
			.map(each -> new Found(each[0], networks.shortNameOf(each[0]), networks.slugOf(each[0]), each[1]))
			.sorted(Comparator.comparing(Found::network))
			.toList();
		return new Search(found, people.size() - found.size());
	}

	/** Erases the person in the network, which must let the platform admin read its records. */
	public void erase(long networkId, long personId, String reference) {
		if (!networks.readableByPlatformAdmin().contains(networkId)) {
			throw new AccessDeniedException("The network keeps its records to itself");
		}
		Long found = Tenancy.runAs(networkId, () -> jdbc
			.sql("select id from person where network_id = :network and id = :person")
			.param("network", networkId)
			.param("person", personId)
			.query(Long.class)
			.optional())
			.orElseThrow(() -> new NotFoundException("Person"));
		Tenancy.runAs(networkId, () -> requests.erase(found, reference));
	}
}
