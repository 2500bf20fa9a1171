/**
 * The tenants: each network's slug, name, contacts, mission, vision, values and settings.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
package lt.tinklas.networks;

import org.springframework.modulith.ApplicationModule;
