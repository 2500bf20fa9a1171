/**
 * Funded projects from the recipient's side: funders, projects with their money, yearly
 * allocations and extensions, the events and other activities done, indicators counted by the
 * event metrics within the project's events, the budget and its expenses, the funder report, the
 * public project pages and the yearly funding summary.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity", "events", "organizations", "people" })
package lt.tinklas.projects;

import org.springframework.modulith.ApplicationModule;
