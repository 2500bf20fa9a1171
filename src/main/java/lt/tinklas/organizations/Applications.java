package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.organizations.application.ApplicationStatus;
import lt.tinklas.organizations.application.ApplicationView;
import lt.tinklas.organizations.domain.MembershipApplication;
import lt.tinklas.organizations.domain.MembershipApplicationRecords;
import lt.tinklas.shared.personal.FormConsents;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership applications: eligibility is checked when one arrives and kept with its reasons (an
 * ineligible application is kept too, for the board to see); staff or the board decide; the
 * contact person is told by mail.
 */
@Service
public class Applications {

	static final String NO_NGO_STATUS = "application.reason.noNgoStatus";
	static final String TOO_YOUNG = "application.reason.tooYoung";
	static final String NO_FOUNDING_DATE = "application.reason.noFoundingDate";

	private final MembershipApplicationRecords applications;
	private final Organizations organizations;
	private final Municipalities municipalities;
	private final Outbox outbox;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final Validator validator;
	private final FormConsents consents;
	private final List<InvitationCodes> invitations;
	private final JdbcClient jdbc;

	Applications(MembershipApplicationRecords applications, Organizations organizations, Municipalities municipalities,
			Outbox outbox, MessageSource messages, NetworkLookup networks, Validator validator, FormConsents consents,
			List<InvitationCodes> invitations, JdbcClient jdbc) {
		this.consents = consents;
		this.invitations = invitations;
		this.jdbc = jdbc;
		this.applications = applications;
		this.organizations = organizations;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.messages = messages;
		this.networks = networks;
		this.validator = validator;
	}

	/** Every problem with an application's fields at once (nothing is stored while there is one). */
	@Transactional(readOnly = true)
	public List<InvalidInputException.FieldError> problems(ApplicationData data) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		validator.validate(data)
			.forEach(v -> errors.add(InvalidInputException.FieldError.text(v.getPropertyPath().toString(), v.getMessage())));
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		if (data.foundedOn() != null && data.foundedOn().isAfter(today)) {
			errors.add(new InvalidInputException.FieldError("foundedOn", "organization.error.future", new Object[0]));
		}
		if (data.appliedOn() != null && data.appliedOn().isAfter(today)) {
			errors.add(new InvalidInputException.FieldError("appliedOn", "organization.error.future", new Object[0]));
		}
		if (data.seatMunicipality() != null && !data.seatMunicipality().isBlank()
				&& municipalities.byIso(data.seatMunicipality()).isEmpty()) {
			errors.add(new InvalidInputException.FieldError("seatMunicipality", "organization.error.unknownMunicipality",
					new Object[] { data.seatMunicipality() }));
		}
		if (data.invitationCode() != null && !data.invitationCode().isBlank() && data.invitationCode().length() <= 30
				&& invitation(data.invitationCode()).isEmpty()) {
			errors.add(new InvalidInputException.FieldError("invitationCode",
					invitations.isEmpty() ? "application.error.invitationCode" : invitations.get(0).unknownMessage(),
					new Object[0]));
		}
		return errors;
	}

	/** The invitation the code names, as the network keeps its code; empty for none. */
	private Optional<String> invitation(String written) {
		return invitations.stream().map(codes -> codes.known(written)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * The network's applications that name one of the invitation codes, oldest first; an
	 * application's code is kept as the network keeps it, so it equals the letter's or campaign's.
	 */
	@Transactional(readOnly = true)
	public List<InvitedApplication> invited(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id, a.invitation_code, a.legal_code, a.name, a.seat_municipality, a.applied_on, a.status,
				       a.decided_on, a.organization_id
				from membership_application a
				where a.network_id = :network and a.invitation_code in (:codes)
				order by a.applied_on, a.id""")
			.param("network", Tenancy.require())
			.param("codes", codes)
			.query((rs, i) -> new InvitedApplication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDate(6).toLocalDate(),
					ApplicationStatus.ACCEPTED.name().equals(rs.getString(7)),
					ApplicationStatus.REJECTED.name().equals(rs.getString(7)),
					rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), (Long) rs.getObject(9, Long.class)))
			.list();
	}

	/** Takes an application and checks it at once: NGO status on the day, founded over a year before. */
	@Transactional
	public ApplicationView apply(ApplicationData data) {
		List<InvalidInputException.FieldError> errors = problems(data);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		LocalDate on = data.appliedOn() == null ? LocalDate.now(Formats.VILNIUS) : data.appliedOn();
		List<String> reasons = eligibility(data, on);
		MembershipApplication application = applications.saveAndFlush(new MembershipApplication(
				data.legalCode().strip(), data.name().strip(), data.legalForm() == null ? LegalForm.OTHER : data.legalForm(),
				data.foundedOn(), data.ngoStatusSince(), data.ngoStatusUntil(), blank(data.seatMunicipality()),
				blank(data.email()), data.contactName().strip(), data.contactEmail().strip().toLowerCase(Locale.ROOT),
				blank(data.statement()), on, reasons.isEmpty(), reasons.isEmpty() ? null : String.join("\n", reasons),
				data.invitationCode() == null || data.invitationCode().isBlank() ? null
						: invitation(data.invitationCode()).orElseThrow()));
		return view(application);
	}

	/** The consents the public application form asks of the contact person, each an unticked box. */
	@Transactional(readOnly = true)
	public List<FormConsents.Offered> offeredConsents() {
		return consents.offered();
	}

	/**
	 * Takes an application from the public form: as {@link #apply(ApplicationData)}, and the contact
	 * person's consents ticked on it are recorded with the text the form showed in its language.
	 */
	@Transactional
	public ApplicationView apply(ApplicationData data, List<Long> consentKinds, Locale locale) {
		ApplicationView application = apply(data);
		String language = "en".equals(locale.getLanguage()) ? "en" : "lt";
		Map<Long, String> shown = new LinkedHashMap<>();
		consents.offered()
			.stream()
			.filter(offered -> consentKinds.contains(offered.kindId()))
			.forEach(offered -> shown.put(offered.kindId(), offered.statement(language)));
		if (!shown.isEmpty()) {
			String name = data.contactName().strip();
			int space = name.lastIndexOf(' ');
			consents.give(data.contactEmail(), space < 0 ? name : name.substring(0, space),
					space < 0 ? "" : name.substring(space + 1), language, shown);
		}
		return application;
	}

	static List<String> eligibility(ApplicationData data, LocalDate on) {
		List<String> reasons = new ArrayList<>();
		boolean ngo = data.ngoStatusSince() != null && !data.ngoStatusSince().isAfter(on)
				&& (data.ngoStatusUntil() == null || !data.ngoStatusUntil().isBefore(on));
		if (!ngo) {
			reasons.add(NO_NGO_STATUS);
		}
		if (data.foundedOn() == null) {
			reasons.add(NO_FOUNDING_DATE);
		}
		else if (!data.foundedOn().isBefore(on.minusYears(1))) {
			reasons.add(TOO_YOUNG);
		}
		return reasons;
	}

	@Transactional(readOnly = true)
	public List<ApplicationView> all() {
		return applications.findAllByOrderByAppliedOnDescIdDesc().stream().map(Applications::view).toList();
	}

	@Transactional(readOnly = true)
	public ApplicationView get(long id) {
		return view(applications.findById(id).orElseThrow(() -> new NotFoundException("Application")));
	}

	/**
	 * Decides an application once. An acceptance makes the organization a member from the day of
	 * the decision (an organization already in the registry with the same legal code is kept and
	 * becomes the member). The contact person gets a mail either way.
	 */
	@Transactional
	public ApplicationView decide(long id, ApplicationStatus decision, LocalDate on, DecidedBy by, String reference,
			String reason) {
		MembershipApplication application = applications.findLocked(id)
			.orElseThrow(() -> new NotFoundException("Application"));
		if (application.getStatus() != ApplicationStatus.PENDING) {
			throw new ConflictException("application.error.alreadyDecided");
		}
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (decision == null || decision == ApplicationStatus.PENDING) {
			errors.add(new InvalidInputException.FieldError("decision", "application.error.decision", new Object[0]));
		}
		if (on == null) {
			errors.add(new InvalidInputException.FieldError("decidedOn", "jakarta.validation.constraints.NotNull.message",
					new Object[0]));
		}
		else if (on.isBefore(application.getAppliedOn())) {
			errors.add(new InvalidInputException.FieldError("decidedOn", "application.error.beforeApplied", new Object[0]));
		}
		else if (on.isAfter(LocalDate.now(Formats.VILNIUS))) {
			errors.add(new InvalidInputException.FieldError("decidedOn", "organization.error.future", new Object[0]));
		}
		if (decision == ApplicationStatus.ACCEPTED && by == null) {
			errors.add(new InvalidInputException.FieldError("decidedBy", "jakarta.validation.constraints.NotNull.message",
					new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Long organizationId = null;
		if (decision == ApplicationStatus.ACCEPTED) {
			OrganizationView organization = organizations.byLegalCode(application.getLegalCode())
				.orElseGet(() -> organizations.create(new OrganizationData(application.getLegalCode(),
						application.getName(), null, application.getLegalForm(), application.getFoundedOn(),
						application.getNgoStatusSince(), application.getNgoStatusUntil(),
						application.getSeatMunicipality(), List.of(), List.of(), List.of(), null, application.getEmail(),
						null, null, null, null, null, null)));
			organizations.changeMembership(organization.id(), MembershipChange.ACCEPTED, on, by, reference, reason);
			organizationId = organization.id();
		}
		application.decide(decision, on, by, blank(reference), blank(reason), organizationId);
		mail(application);
		return view(application);
	}

	private void mail(MembershipApplication application) {
		Locale lt = Locale.forLanguageTag("lt");
		String network = networks.bySlug(networks.slugOf(Tenancy.require())).orElseThrow().name();
		boolean accepted = application.getStatus() == ApplicationStatus.ACCEPTED;
		outbox.enqueue(Tenancy.require(), lt, application.getContactEmail(),
				messages.getMessage(accepted ? "mail.application.accepted.subject" : "mail.application.rejected.subject",
						new Object[] { network }, lt),
				messages.getMessage(accepted ? "mail.application.accepted.body" : "mail.application.rejected.body",
						new Object[] { application.getContactName(), application.getName(), network,
								new Formats().date(application.getDecidedOn()),
								application.getDecisionReason() == null ? "" : application.getDecisionReason() },
						lt));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static ApplicationView view(MembershipApplication a) {
		return new ApplicationView(a.getId(), a.getLegalCode(), a.getName(), a.getLegalForm(), a.getFoundedOn(),
				a.getNgoStatusSince(), a.getNgoStatusUntil(), a.getSeatMunicipality(), a.getEmail(), a.getContactName(),
				a.getContactEmail(), a.getStatement(), a.getAppliedOn(), a.isEligible(),
				a.getReasons() == null ? List.of() : Arrays.asList(a.getReasons().split("\n")), a.getStatus(),
				a.getDecidedOn(), a.getDecidedBy(), a.getReference(), a.getDecisionReason(), a.getOrganizationId(),
				a.getInvitationCode());
	}
}
