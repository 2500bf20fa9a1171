package lt.tinklas.people.application;

import io.swagger.v3.oas.annotations.media.Schema;
import lt.tinklas.people.domain.ConsentUse;

/** A kind of consent as stored, with how many consents of people name it. */
public record ConsentKindView(long id, long version, String nameLt, String nameEn, String statementLt,
		String statementEn,
		@Schema(description = "INVITATIONS decides who gets event invitations, NEWSLETTERS who gets bulk mail, OTHER is only recorded") ConsentUse purpose,
		@Schema(description = "A legitimate-interest kind needs no consent: its mail goes to everyone who did not opt out") boolean legitimateInterest,
		@Schema(description = "Offered as an unticked checkbox on public registration and membership application forms") boolean offeredOnForms,
		boolean active, @Schema(description = "How many consents of people name this kind") long uses) {

	/** The name in the language ("lt" or "en"). */
	public String name(String language) {
		return "en".equals(language) ? nameEn : nameLt;
	}
}
