/**
 * Partnerships with municipalities: cooperation agreements and their status, the analyses and
 * plans made for a municipality, and the map of Lithuania that shows them.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "organizations" })
package lt.tinklas.partnerships;

import org.springframework.modulith.ApplicationModule;
