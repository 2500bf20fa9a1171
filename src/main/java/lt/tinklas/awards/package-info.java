/** Awards: programmes, yearly rounds with nominees and laureates, their ceremonies and public pages. */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "people", "events" })
package lt.tinklas.awards;

import org.springframework.modulith.ApplicationModule;
