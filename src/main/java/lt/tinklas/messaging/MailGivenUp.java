package lt.tinklas.messaging;

/** A bulk mail failed its last attempt and will not be tried again; published in that attempt's transaction. */
public record MailGivenUp(long networkId, String reference, String error) {
}
