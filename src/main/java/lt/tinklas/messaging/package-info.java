/**
 * Outgoing mail: an outbox table written in the transaction of the change that causes the mail,
 * and a background job that sends it over SMTP.
 */
@ApplicationModule(allowedDependencies = "shared")
package lt.tinklas.messaging;

import org.springframework.modulith.ApplicationModule;
