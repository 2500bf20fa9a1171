/**
 * Working groups and advocacy: institutions, priority directions, positions and letters with their
 * register numbers and outcomes, meetings with decision makers, seats in national bodies, and the
 * proposals of people experiencing poverty traced into positions.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "networks", "people", "events", "organizations" })
package lt.tinklas.advocacy;

import org.springframework.modulith.ApplicationModule;
