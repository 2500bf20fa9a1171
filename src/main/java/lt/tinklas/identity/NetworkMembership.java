package lt.tinklas.identity;

/**
 * A user's role in one network, with the member organization a representative speaks for, and
 * whether that network requires a second factor of its staff and admins.
 */
public record NetworkMembership(long networkId, Role role, Long organizationId, boolean secondFactorRequired) {
}
