package lt.tinklas.shared.tenancy;

import java.util.Optional;
import java.util.Set;

/** Finds a network by its slug; implemented by the networks module. */
public interface NetworkLookup {

	Optional<NetworkRef> bySlug(String slug);

	/** The slug of a network, for links (such as a metric's drill-down). */
	String slugOf(long networkId);

	/** The name a network goes by in short (as a mail's sender): its short name, else its name. */
	String shortNameOf(long networkId);

	/** The networks that allow the platform admin to read their records (a network's setting). */
	Set<Long> readableByPlatformAdmin();

	/** How the network shows itself: names, colour, logo and the signer of its certificates. */
	NetworkLook look(long networkId);
}
