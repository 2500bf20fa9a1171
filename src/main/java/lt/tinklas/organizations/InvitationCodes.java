package lt.tinklas.organizations;

import java.util.Optional;

/**
 * The invitation codes an application may name (a campaign's, or one letter's), offered by the
 * module that sends invitations so organizations need not know it. Read in the current network.
 */
public interface InvitationCodes {

	/** The code as the network keeps it (case and spaces aside), empty when it names no invitation. */
	Optional<String> known(String written);

	/** Why a code names nothing, for the applicant: a message key. */
	default String unknownMessage() {
		return "application.error.invitationCode";
	}
}
