/**
 * The growth module's stored records and their repositories: reached from outside the module only
 * by the demo data, which records a campaign sent before the network used Tinklas.
 */
@NamedInterface("domain")
package lt.tinklas.growth.domain;

import org.springframework.modulith.NamedInterface;
