package lt.tinklas.shared.tenancy;

/** What every layer needs to know about the network a request is in. */
public record NetworkRef(long id, String slug, String name, boolean platformAdminMayRead) {
}
