/**
 * The newsletters' services (segments, their audiences, mailings and how they are written) and the
 * records they take and give: what other modules may call.
 */
@NamedInterface("application")
package lt.tinklas.newsletters.application;

import org.springframework.modulith.NamedInterface;
