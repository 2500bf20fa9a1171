package lt.tinklas.growth.application;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lt.tinklas.advocacy.OutgoingRegister;
import lt.tinklas.growth.domain.Campaign;
import lt.tinklas.growth.domain.CampaignRecords;
import lt.tinklas.growth.domain.Delivery;
import lt.tinklas.growth.domain.InvitationLetter;
import lt.tinklas.growth.domain.InvitationLetterRecords;
import lt.tinklas.growth.domain.MunicipalCouncil;
import lt.tinklas.growth.domain.Prospect;
import lt.tinklas.growth.domain.ProspectRecords;
import lt.tinklas.messaging.Attachment;
import lt.tinklas.messaging.Outbox;
import lt.tinklas.organizations.Applications;
import lt.tinklas.organizations.InvitedApplication;
import lt.tinklas.organizations.MembershipStanding;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.ConflictException;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation campaigns: one letter text sent to chosen municipal NGO councils and prospects, each
 * letter with its own outgoing register number (the network's one sequence) and a code in its link
 * to the application form, mailed with the PDF attached or printed; replies noted; one reminder to
 * a prospect who has not answered after the campaign's weeks; and the figures from letter to member.
 */
@Service
public class Campaigns {

	private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Locale LT = Locale.forLanguageTag("lt");

	private final CampaignRecords campaigns;
	private final InvitationLetterRecords letters;
	private final ProspectRecords prospects;
	private final Councils councils;
	private final Prospects prospectService;
	private final MembershipStanding standing;
	private final Applications applications;
	private final Municipalities municipalities;
	private final OutgoingRegister register;
	private final LetterTexts texts;
	private final Outbox outbox;
	private final MessageSource messages;
	private final RecordHistory history;

	Campaigns(CampaignRecords campaigns, InvitationLetterRecords letters, ProspectRecords prospects, Councils councils,
			Prospects prospectService, MembershipStanding standing, Applications applications, Municipalities municipalities,
			OutgoingRegister register, LetterTexts texts, Outbox outbox, MessageSource messages, RecordHistory history) {
		this.campaigns = campaigns;
		this.letters = letters;
		this.prospects = prospects;
		this.councils = councils;
		this.prospectService = prospectService;
		this.standing = standing;
		this.applications = applications;
		this.municipalities = municipalities;
		this.register = register;
		this.texts = texts;
		this.outbox = outbox;
		this.messages = messages;
		this.history = history;
	}

	/** A campaign as typed: its name, the letter's subject and Markdown text, who signs, the reminder's weeks (none: no reminder). */
	public record CampaignData(String name, String subject, String body, String signatory, Integer reminderWeeks) {
	}

	/**
	 * Whom to write to: councils by their municipalities' ISO codes, prospects by id; the day of the
	 * letters (today when not given); EMAIL sends to those with an address and prints the others.
	 */
	public record LetterOrder(List<String> councils, List<Long> prospects, Delivery delivery, LocalDate sentOn) {
	}

	/** From letter to member: counted for a municipality or the whole campaign. */
	public record CampaignCounts(long letters, long emailed, long printed, long replies, long applications, long members,
			Long medianDays, Long averageDays) {
	}

	public record MunicipalityCounts(String municipality, String name, CampaignCounts figures) {
	}

	public record CampaignFigures(CampaignCounts total, List<MunicipalityCounts> byMunicipality) {
	}

	/** A campaign with its figures by municipality and its letters: what the campaign's page and the API show. */
	public record CampaignDetail(CampaignView campaign, CampaignFigures figures, List<LetterView> letters) {
	}

	public record CampaignView(long id, long version, String name, String code, String subject, String body,
			String signatory, Integer reminderWeeks, LocalDate createdOn, CampaignCounts figures) {
	}

	/** A letter with what followed it: the application that names its code, if one came. */
	public record LetterView(long id, long version, long campaignId, Long councilId, Long prospectId, String addressee,
			String municipality, String email, Delivery delivery, String number, LocalDate sentOn, String code,
			String link, LocalDate replyOn, String replyNote, LocalDate remindedOn, LocalDate appliedOn,
			Long applicationId, boolean accepted, boolean rejected, Long organizationId) {
	}

	@Transactional(readOnly = true)
	public List<CampaignView> list() {
		List<Campaign> all = campaigns.findAllByOrderByCreatedOnDescIdDesc();
		List<InvitationLetter> sent = letters.findAll();
		List<InvitedApplication> applied = applications.invited(codes(all, sent));
		return all.stream().map(c -> {
			List<InvitationLetter> own = sent.stream().filter(l -> l.getCampaignId().equals(c.getId())).toList();
			return view(c, figures(c, own, applied).total());
		}).toList();
	}

	@Transactional(readOnly = true)
	public CampaignView get(long id) {
		Campaign campaign = find(id);
		return view(campaign, figures(id).total());
	}

	@Transactional(readOnly = true)
	public CampaignDetail detail(long id) {
		return new CampaignDetail(get(id), figures(id), letters(id));
	}

	@Transactional(readOnly = true)
	public CampaignFigures figures(long id) {
		Campaign campaign = find(id);
		List<InvitationLetter> own = letters.findByCampaignIdOrderBySentOnAscNumberAsc(id);
		return figures(campaign, own, applications.invited(codes(List.of(campaign), own)));
	}

	@Transactional
	public CampaignView create(CampaignData data) {
		check(data, null);
		String code;
		do {
			code = random(6);
		}
		while (campaigns.findByCode(code).isPresent());
		Campaign campaign = new Campaign(code, today());
		describe(campaign, data);
		return get(campaigns.saveAndFlush(campaign).getId());
	}

	/** The text may change while letters go out: those sent keep their PDF as it is made again from the text. */
	@Transactional
	public CampaignView update(long id, long version, CampaignData data) {
		Campaign campaign = find(id);
		campaign.checkVersion(version);
		check(data, id);
		describe(campaign, data);
		campaigns.saveAndFlush(campaign);
		return get(id);
	}

	/** Deletes a campaign no letter has gone out of (the history keeps it). */
	@Transactional
	public void delete(long id) {
		Campaign campaign = find(id);
		if (!letters.findByCampaignIdOrderBySentOnAscNumberAsc(id).isEmpty()) {
			throw new ConflictException("campaign.error.hasLetters");
		}
		campaigns.delete(campaign);
	}

	@Transactional(readOnly = true)
	public List<LetterView> letters(long campaignId) {
		Campaign campaign = find(campaignId);
		List<InvitationLetter> own = letters.findByCampaignIdOrderBySentOnAscNumberAsc(campaignId);
		Map<String, InvitedApplication> byCode = new HashMap<>();
		applications.invited(codes(List.of(campaign), own)).forEach(a -> byCode.putIfAbsent(a.invitationCode(), a));
		return own.stream().map(l -> letterView(l, byCode.get(l.getCode()))).toList();
	}

	@Transactional(readOnly = true)
	public LetterView letter(long letterId) {
		InvitationLetter letter = findLetter(letterId);
		return letterView(letter, applications.invited(List.of(letter.getCode())).stream().findFirst().orElse(null));
	}

	/**
	 * Writes the campaign's letters: refused whole, with every problem named, when nobody is chosen,
	 * the day is to come, an addressee already has this campaign's letter, a prospect is a member
	 * now, or a council or prospect is unknown. Each letter takes the next register number of its
	 * day; a mailed one goes to the outbox with its PDF, in the same transaction.
	 */
	@Transactional
	public List<LetterView> send(long campaignId, LetterOrder order) {
		Campaign campaign = find(campaignId);
		LocalDate on = order.sentOn() == null ? today() : order.sentOn();
		Delivery delivery = order.delivery() == null ? Delivery.EMAIL : order.delivery();
		List<FieldError> errors = new ArrayList<>();
		Set<String> councilCodes = new LinkedHashSet<>(order.councils() == null ? List.of() : order.councils());
		Set<Long> prospectIds = new LinkedHashSet<>(order.prospects() == null ? List.of() : order.prospects());
		councilCodes.removeIf(c -> c == null || c.isBlank());
		prospectIds.remove(null);
		if (councilCodes.isEmpty() && prospectIds.isEmpty()) {
			errors.add(new FieldError("councils", "letter.error.nobody", new Object[0]));
		}
		if (on.isAfter(today())) {
			errors.add(new FieldError("sentOn", "common.error.future", new Object[0]));
		}
		List<MunicipalCouncil> toCouncils = new ArrayList<>();
		for (String code : councilCodes) {
			if (municipalities.byIso(code).isEmpty()) {
				errors.add(new FieldError("councils", "organization.error.unknownMunicipality", new Object[] { code }));
				continue;
			}
			MunicipalCouncil council = councils.ensure(code);
			if (letters.existsByCampaignIdAndCouncilId(campaignId, council.getId())) {
				errors.add(new FieldError("councils", "letter.error.alreadySent", new Object[] { council.getName() }));
			}
			toCouncils.add(council);
		}
		Map<String, MembershipStanding.Known> known = standing.byLegalCode(today());
		List<Prospect> toProspects = new ArrayList<>();
		for (Long id : prospectIds) {
			Optional<Prospect> prospect = prospects.findById(id);
			if (prospect.isEmpty()) {
				errors.add(new FieldError("prospects", "letter.error.unknownProspect", new Object[] { id }));
				continue;
			}
			if (Standing.of(known.get(prospect.get().getLegalCode())).inNetwork()) {
				errors.add(new FieldError("prospects", "letter.error.member", new Object[] { prospect.get().getName() }));
			}
			else if (letters.existsByCampaignIdAndProspectId(campaignId, id)) {
				errors.add(new FieldError("prospects", "letter.error.alreadySent", new Object[] { prospect.get().getName() }));
			}
			toProspects.add(prospect.get());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<LetterView> written = new ArrayList<>();
		for (MunicipalCouncil council : toCouncils) {
			written.add(write(campaign, council.getId(), null, council.getName(), council.getMunicipality(),
					council.getEmail(), delivery, on));
		}
		for (Prospect prospect : toProspects) {
			written.add(write(campaign, null, prospect.getId(), prospect.getName(), prospect.getMunicipality(),
					prospect.getEmail(), delivery, on));
		}
		return written;
	}

	/**
	 * The register's organizations with these legal codes become prospects and get the campaign's
	 * letter, all or nothing: a refusal of either step leaves no prospect and no letter.
	 */
	@Transactional
	public List<LetterView> inviteFromRegister(long campaignId, List<String> legalCodes, Delivery delivery) {
		find(campaignId);
		return send(campaignId, new LetterOrder(List.of(), prospectService.fromRegister(legalCodes), delivery, null));
	}

	/** The letter's PDF, as it was sent (made again from the campaign's text). */
	@Transactional(readOnly = true)
	public byte[] pdf(long letterId) {
		InvitationLetter letter = findLetter(letterId);
		Campaign campaign = find(letter.getCampaignId());
		return texts.pdf(campaign.getSubject(), campaign.getBody(), campaign.getSignatory(), shown(letter));
	}

	/** Notes the addressee's reply (a day not to come, and what they said); an empty day clears it. */
	@Transactional
	public LetterView noteReply(long letterId, long version, LocalDate on, String note) {
		InvitationLetter letter = findLetter(letterId);
		letter.checkVersion(version);
		List<FieldError> errors = new ArrayList<>();
		if (on != null && on.isAfter(today())) {
			errors.add(new FieldError("replyOn", "common.error.future", new Object[0]));
		}
		if (on != null && on.isBefore(letter.getSentOn())) {
			errors.add(new FieldError("replyOn", "letter.error.replyBeforeSent", new Object[0]));
		}
		if (on == null && note != null && !note.isBlank()) {
			errors.add(new FieldError("replyOn", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		Fields.max(errors, "replyNote", note, 2000);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		letter.noteReply(on, on == null ? null : Fields.blank(note));
		letters.saveAndFlush(letter);
		return letter(letterId);
	}

	/**
	 * Reminds, once, each prospect of the network's campaigns (or of one campaign) mailed a letter
	 * the campaign's weeks ago or more that has neither replied nor applied; answers how many.
	 */
	@Transactional
	public int remindDue(Long campaignId) {
		LocalDate today = today();
		int reminded = 0;
		for (Campaign campaign : campaigns.findAll()) {
			if (campaign.getReminderWeeks() == null || (campaignId != null && !campaignId.equals(campaign.getId()))) {
				continue;
			}
			List<InvitationLetter> own = letters.findByCampaignIdOrderBySentOnAscNumberAsc(campaign.getId());
			Set<String> answered = new HashSet<>();
			applications.invited(own.stream().map(InvitationLetter::getCode).toList())
				.forEach(a -> answered.add(a.invitationCode()));
			for (InvitationLetter letter : own) {
				if (letter.getProspectId() == null || letter.getEmail() == null || letter.getReplyOn() != null
						|| letter.getRemindedOn() != null || answered.contains(letter.getCode())
						|| letter.getSentOn().plusWeeks(campaign.getReminderWeeks()).isAfter(today)) {
					continue;
				}
				String network = texts.networkName();
				outbox.enqueueWithAttachment(Tenancy.require(), LT, letter.getEmail(),
						messages.getMessage("letter.reminder.subject", new Object[] { campaign.getSubject() }, LT),
						messages.getMessage("letter.reminder.body",
								new Object[] { letter.getAddressee(), network, new Formats().date(letter.getSentOn()),
										letter.getNumber(), texts.applicationLink(letter.getCode()), letter.getCode() },
								LT),
						new Attachment(LetterTexts.fileName(letter.getNumber()), "application/pdf",
								texts.pdf(campaign.getSubject(), campaign.getBody(), campaign.getSignatory(), shown(letter))));
				letter.reminded(today);
				letters.saveAndFlush(letter);
				reminded++;
			}
		}
		return reminded;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Campaign.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Campaign.class, id, version);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> letterChangedSince(long letterId, long version) {
		findLetter(letterId);
		return history.changedSince(InvitationLetter.class, letterId, version);
	}

	/** The campaign's and its letters' codes: what an application may name. */
	private static List<String> codes(List<Campaign> all, List<InvitationLetter> sent) {
		List<String> codes = new ArrayList<>();
		all.forEach(c -> codes.add(c.getCode()));
		sent.forEach(l -> codes.add(l.getCode()));
		return codes;
	}

	private LetterView write(Campaign campaign, Long councilId, Long prospectId, String addressee, String municipality,
			String email, Delivery asked, LocalDate on) {
		OutgoingRegister.Entry number = register.next(on);
		String code;
		do {
			code = campaign.getCode() + "-" + random(4);
		}
		while (letters.findByCode(code).isPresent());
		Delivery delivery = asked == Delivery.EMAIL && email != null ? Delivery.EMAIL : Delivery.PRINT;
		InvitationLetter letter = letters.saveAndFlush(new InvitationLetter(campaign.getId(), councilId, prospectId,
				addressee, municipality, email, delivery, number.number(), on, code));
		if (delivery == Delivery.EMAIL) {
			LetterTexts.Letter shown = shown(letter);
			outbox.enqueueWithAttachment(Tenancy.require(), LT, email, texts.fill(campaign.getSubject(), shown),
					messages.getMessage("letter.mail.body", new Object[] { addressee, texts.networkName(), letter.getNumber(),
							texts.applicationLink(code), code }, LT),
					new Attachment(LetterTexts.fileName(letter.getNumber()), "application/pdf",
							texts.pdf(campaign.getSubject(), campaign.getBody(), campaign.getSignatory(), shown)));
		}
		return letterView(letter, null);
	}

	private LetterTexts.Letter shown(InvitationLetter letter) {
		return new LetterTexts.Letter(letter.getAddressee(),
				letter.getMunicipality() == null ? null : municipalities.name(letter.getMunicipality()), letter.getNumber(),
				letter.getSentOn(), letter.getCode());
	}

	private CampaignFigures figures(Campaign campaign, List<InvitationLetter> own, List<InvitedApplication> applied) {
		Map<String, InvitationLetter> byCode = new HashMap<>();
		own.forEach(l -> byCode.put(l.getCode(), l));
		Map<String, List<InvitationLetter>> lettersIn = new LinkedHashMap<>();
		Map<String, List<long[]>> appliedIn = new LinkedHashMap<>();
		own.forEach(l -> lettersIn.computeIfAbsent(place(l.getMunicipality()), k -> new ArrayList<>()).add(l));
		List<long[]> all = new ArrayList<>();
		for (InvitedApplication a : applied) {
			InvitationLetter letter = byCode.get(a.invitationCode());
			if (letter == null && !campaign.getCode().equals(a.invitationCode())) {
				continue;
			}
			// an application, whether it became a member, and the days from its letter (-1: it named the campaign only)
			long[] one = { 1, a.accepted() ? 1 : 0,
					letter == null ? -1 : Math.max(0, ChronoUnit.DAYS.between(letter.getSentOn(), a.appliedOn())) };
			appliedIn.computeIfAbsent(place(letter == null ? a.seatMunicipality() : letter.getMunicipality()),
					k -> new ArrayList<>()).add(one);
			all.add(one);
		}
		Set<String> places = new LinkedHashSet<>();
		municipalities.all().forEach(m -> places.add(m.isoCode()));
		places.add("");
		List<MunicipalityCounts> byMunicipality = new ArrayList<>();
		for (String place : places) {
			if (!lettersIn.containsKey(place) && !appliedIn.containsKey(place)) {
				continue;
			}
			byMunicipality.add(new MunicipalityCounts(place.isEmpty() ? null : place,
					place.isEmpty() ? null : municipalities.name(place),
					count(lettersIn.getOrDefault(place, List.of()), appliedIn.getOrDefault(place, List.of()))));
		}
		return new CampaignFigures(count(own, all), byMunicipality);
	}

	private static String place(String municipality) {
		return municipality == null ? "" : municipality;
	}

	private static CampaignCounts count(List<InvitationLetter> sent, List<long[]> applied) {
		List<Long> days = applied.stream().filter(a -> a[2] >= 0).map(a -> a[2]).sorted().toList();
		Long median = days.isEmpty() ? null
				: days.size() % 2 == 1 ? days.get(days.size() / 2)
						: Math.round((days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0);
		Long average = days.isEmpty() ? null : Math.round(days.stream().mapToLong(Long::longValue).average().orElse(0));
		return new CampaignCounts(sent.size(), sent.stream().filter(l -> l.getDelivery() == Delivery.EMAIL).count(),
				sent.stream().filter(l -> l.getDelivery() == Delivery.PRINT).count(),
				sent.stream().filter(l -> l.getReplyOn() != null).count(), applied.size(),
				applied.stream().filter(a -> a[1] == 1).count(), median, average);
	}

	private void check(CampaignData data, Long id) {
		List<FieldError> errors = new ArrayList<>();
		Fields.required(errors, "name", data.name());
		Fields.max(errors, "name", data.name(), 200);
		Fields.required(errors, "subject", data.subject());
		Fields.max(errors, "subject", data.subject(), 300);
		Fields.required(errors, "body", data.body());
		Fields.max(errors, "body", data.body(), 20000);
		Fields.max(errors, "signatory", data.signatory(), 200);
		errors.addAll(texts.problems("subject", data.subject()));
		errors.addAll(texts.problems("body", data.body()));
		if (data.reminderWeeks() != null && (data.reminderWeeks() < 1 || data.reminderWeeks() > 52)) {
			errors.add(new FieldError("reminderWeeks", "campaign.error.reminderWeeks", new Object[0]));
		}
		if (data.name() != null && !data.name().isBlank() && (id == null ? campaigns.existsByName(data.name().strip())
				: campaigns.existsByNameAndIdNot(data.name().strip(), id))) {
			errors.add(new FieldError("name", "campaign.error.nameTaken", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void describe(Campaign campaign, CampaignData data) {
		campaign.describe(data.name().strip(), data.subject().strip(), data.body(), Fields.blank(data.signatory()),
				data.reminderWeeks());
	}

	private Campaign find(long id) {
		return campaigns.findById(id).orElseThrow(() -> new NotFoundException("Campaign"));
	}

	private InvitationLetter findLetter(long id) {
		return letters.findById(id).orElseThrow(() -> new NotFoundException("Letter"));
	}

	private LetterView letterView(InvitationLetter l, InvitedApplication a) {
		return new LetterView(l.getId(), l.getVersion(), l.getCampaignId(), l.getCouncilId(), l.getProspectId(),
				l.getAddressee(), l.getMunicipality(), l.getEmail(), l.getDelivery(), l.getNumber(), l.getSentOn(),
				l.getCode(), texts.applicationLink(l.getCode()), l.getReplyOn(), l.getReplyNote(), l.getRemindedOn(),
				a == null ? null : a.appliedOn(), a == null ? null : a.id(), a != null && a.accepted(),
				a != null && a.rejected(), a == null ? null : a.organizationId());
	}

	private static CampaignView view(Campaign c, CampaignCounts figures) {
		return new CampaignView(c.getId(), c.getVersion(), c.getName(), c.getCode(), c.getSubject(), c.getBody(),
				c.getSignatory(), c.getReminderWeeks(), c.getCreatedOn(), figures);
	}

	private static String random(int length) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < length; i++) {
			code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
		}
		return code.toString();
	}

	private static LocalDate today() {
		return LocalDate.now(Formats.VILNIUS);
	}
}
