/**
 * Member organizations: the registry, the municipalities and counties they work in, the target
 * groups they serve, and the membership lifecycle (accepted, suspended, reinstated, left).
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "messaging" })
package lt.tinklas.organizations;

import org.springframework.modulith.ApplicationModule;
