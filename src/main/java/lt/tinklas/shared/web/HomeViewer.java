package lt.tinklas.shared.web;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who looks at a network's home: the network, the authorities of the request, the organization a
 * member representative speaks for (null for everyone else) and today in Vilnius.
 */
public record HomeViewer(long networkId, String slug, Set<String> authorities, Long organizationId, LocalDate today) {

	/** The address of a page of the network: {@code /n/<slug>} and then {@code rest}. */
	public String path(String rest) {
		return "/n/" + slug + rest;
	}
}
