package lt.tinklas.messaging;

import java.time.Instant;

/** A bulk mail went to the SMTP server; published inside the transaction that marks it sent. */
public record MailSent(long networkId, String reference, Instant at) {
}
