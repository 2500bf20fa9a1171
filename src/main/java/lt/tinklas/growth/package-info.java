/**
 * Growing the network: where it has no members and which NGOs there are eligible by the state
 * register's open data (the extract a network uploads), prospects and the municipal NGO councils,
 * invitation campaigns whose numbered letters carry a link to the application form, and each
 * campaign's figures from letter to member.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "networks", "organizations",
		"messaging", "advocacy" })
package lt.tinklas.growth;

import org.springframework.modulith.ApplicationModule;
