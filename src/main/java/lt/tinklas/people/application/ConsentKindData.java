package lt.tinklas.people.application;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.people.domain.ConsentUse;

/** A kind of consent as the API and the page take it; flags left out are false, the use OTHER. */
public record ConsentKindData(@NotBlank @Size(max = 200) String nameLt, @NotBlank @Size(max = 200) String nameEn,
		@Schema(description = "Shown beside the checkbox on forms; the name when empty") @Size(max = 1000) String statementLt,
		@Size(max = 1000) String statementEn,
		@Schema(description = "INVITATIONS or NEWSLETTERS at most once in a network; OTHER when left out") ConsentUse purpose,
		Boolean legitimateInterest, Boolean offeredOnForms,
		@Schema(description = "True when left out") Boolean active) {

	public ConsentKindData {
		legitimateInterest = Boolean.TRUE.equals(legitimateInterest);
		offeredOnForms = Boolean.TRUE.equals(offeredOnForms);
		active = active == null || active;
	}
}
