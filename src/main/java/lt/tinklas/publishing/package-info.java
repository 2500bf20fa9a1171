/**
 * Each network's public site: its pages (about, contacts and any other), news posts written in
 * Markdown and shown once their publish time has come, media mentions, publications as files, and
 * the public views of the network's figures (the published yearly reports, the strategy, upcoming
 * events) and the archive of public newsletters. Nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "networks", "events", "strategy", "reports", "newsletters" })
package lt.tinklas.publishing;

import org.springframework.modulith.ApplicationModule;
