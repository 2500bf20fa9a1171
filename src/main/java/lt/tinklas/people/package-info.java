/**
 * People: staff of member organizations, officials, speakers, volunteers; their affiliations over
 * time and their consent records.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "organizations", "messaging" })
package lt.tinklas.people;

import org.springframework.modulith.ApplicationModule;
