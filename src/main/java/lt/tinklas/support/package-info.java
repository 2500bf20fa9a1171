/**
 * Member support: consultations given to member organizations, reviews of their annual reports,
 * and each member's path through the quality standards the network supports.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "organizations", "people" })
package lt.tinklas.support;

import org.springframework.modulith.ApplicationModule;
