/** Volunteering: programmes, volunteers and their activities, with hours per year and programme. */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "people" })
package lt.tinklas.volunteering;

import org.springframework.modulith.ApplicationModule;
