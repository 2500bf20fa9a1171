/**
 * Users, their roles in networks, API tokens, sign-in and the security configuration.
 */
@ApplicationModule(allowedDependencies = { "shared", "messaging" })
package lt.tinklas.identity;

import org.springframework.modulith.ApplicationModule;
