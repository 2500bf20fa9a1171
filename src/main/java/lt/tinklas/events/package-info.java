/**
 * Events and trainings: registration with capacity and a waiting list, attendance, feedback
 * ratings, and the figures counted from them (metrics).
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "people", "messaging", "organizations" })
package lt.tinklas.events;

import org.springframework.modulith.ApplicationModule;
