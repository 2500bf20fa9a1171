package lt.tinklas.identity;

/** A user's role in one network, with the member organization a representative speaks for. */
public record NetworkMembership(long networkId, Role role, Long organizationId) {
}
