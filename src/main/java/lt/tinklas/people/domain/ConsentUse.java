package lt.tinklas.people.domain;

/**
 * What Tinklas itself does with a kind of consent: the invitations kind decides who gets event
 * invitations, the newsletters kind who gets bulk mail; other kinds are only recorded. A network has
 * at most one kind of each use but OTHER.
 */
public enum ConsentUse {
	INVITATIONS, NEWSLETTERS, OTHER
}
