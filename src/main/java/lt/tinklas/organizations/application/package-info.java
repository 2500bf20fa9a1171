/**
 * The organizations module's application records (membership applications as read and decided):
 * reached from outside the module only by the demo data, which decides an application that came
 * through an invitation.
 */
@NamedInterface("application")
package lt.tinklas.organizations.application;

import org.springframework.modulith.NamedInterface;
