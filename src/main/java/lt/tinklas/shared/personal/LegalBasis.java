package lt.tinklas.shared.personal;

/** The lawful bases of GDPR Article 6(1), (a) to (f); each is shown by its message {@code processing.basis.<name>}. */
public enum LegalBasis {
	/** (a) the person agreed, and may withdraw. */
	CONSENT,
	/** (b) a contract with the person, or steps they asked for before one. */
	CONTRACT,
	/** (c) a law the network must follow (accounting, funders' audits). */
	LEGAL_OBLIGATION,
	/** (d) someone's life or health. */
	VITAL_INTERESTS,
	/** (e) a task in the public interest. */
	PUBLIC_TASK,
	/** (f) the network's legitimate interest, weighed against the person's. */
	LEGITIMATE_INTERESTS
}
