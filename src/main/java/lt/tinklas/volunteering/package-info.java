/** Volunteering: programmes, volunteers and their activities, with hours per year and programme. */
@ApplicationModule(allowedDependencies = { "shared", "identity", "organizations", "people" })
package lt.tinklas.volunteering;

import org.springframework.modulith.ApplicationModule;
