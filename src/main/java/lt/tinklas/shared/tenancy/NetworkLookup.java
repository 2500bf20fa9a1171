package lt.tinklas.shared.tenancy;

import java.util.Optional;

/** Finds a network by its slug; implemented by the networks module. */
public interface NetworkLookup {

	Optional<NetworkRef> bySlug(String slug);
}
