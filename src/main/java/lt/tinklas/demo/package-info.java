/**
 * Demo data for the README's first command: the seeds' two networks and one user per role. Only
 * where {@code tinklas.demo.enabled=true}; a production start never loads it.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "networks", "people", "events", "organizations",
		"advocacy", "strategy", "projects", "support", "partnerships", "awards", "volunteering", "reports", "publishing",
		"newsletters", "newsletters :: application", "newsletters :: domain", "growth", "growth :: application",
		"growth :: domain", "organizations :: application" })
package lt.tinklas.demo;

import org.springframework.modulith.ApplicationModule;
