/**
 * The newsletters' stored records and their repositories: reached from outside the module only by
 * the demo data, which records mailings sent before a network used Tinklas.
 */
@NamedInterface("domain")
package lt.tinklas.newsletters.domain;

import org.springframework.modulith.NamedInterface;
