package lt.tinklas.people.web;

import lt.tinklas.people.application.ConsentKindData;
import lt.tinklas.people.application.ConsentKindView;
import lt.tinklas.people.domain.ConsentUse;

/** The form of a kind of consent as typed; an unticked box is false. */
public record ConsentKindForm(String nameLt, String nameEn, String statementLt, String statementEn,
		ConsentUse purpose, Boolean legitimateInterest, Boolean offeredOnForms, Boolean active, Long version) {

	public ConsentKindForm {
		legitimateInterest = Boolean.TRUE.equals(legitimateInterest);
		offeredOnForms = Boolean.TRUE.equals(offeredOnForms);
		active = Boolean.TRUE.equals(active);
	}

	static ConsentKindForm empty() {
		return new ConsentKindForm(null, null, null, null, ConsentUse.OTHER, false, false, true, null);
	}

	static ConsentKindForm of(ConsentKindView kind) {
		return new ConsentKindForm(kind.nameLt(), kind.nameEn(), kind.statementLt(), kind.statementEn(),
				kind.purpose(), kind.legitimateInterest(), kind.offeredOnForms(), kind.active(), kind.version());
	}

	ConsentKindData toData() {
		return new ConsentKindData(nameLt, nameEn, statementLt, statementEn, purpose, legitimateInterest,
				offeredOnForms, active);
	}
}
