/**
 * Newsletters: audiences saved by name (segments built from the network's records), mailings
 * written in Markdown in Lithuanian and English, sent through the outbox at the network's rate,
 * each recipient once, with one-click unsubscribing, bounces read from the bounce mailbox, and an
 * archive of the public ones on the network's site. Nothing tracks who opened or clicked.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "networks", "people", "messaging", "organizations",
		"events", "support" })
package lt.tinklas.newsletters;

import org.springframework.modulith.ApplicationModule;
