package lt.tinklas.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.support.application.ConsultationView;
import lt.tinklas.support.application.ReportReviewView;
import lt.tinklas.support.domain.Consultation;
import lt.tinklas.support.domain.ConsultationRecords;
import lt.tinklas.support.domain.ReportReview;
import lt.tinklas.support.domain.ReportReviewRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consultations the network gives its members and its reviews of their annual reports. */
@Service
public class Consultations {

	private final ConsultationRecords consultations;
	private final ReportReviewRecords reviews;
	private final Organizations organizations;
	private final People people;
	private final RecordHistory history;

	Consultations(ConsultationRecords consultations, ReportReviewRecords reviews, Organizations organizations,
			People people, RecordHistory history) {
		this.consultations = consultations;
		this.reviews = reviews;
		this.organizations = organizations;
		this.people = people;
		this.history = history;
	}

	/** What a list is narrowed to; every part may be null. */
	public record Filter(Long organizationId, ConsultationTopic topic, LocalDate from, LocalDate to) {
	}

	@Transactional(readOnly = true)
	public List<ConsultationView> list(Filter filter) {
		List<Consultation> found = consultations.findAllByOrderByHeldOnDescIdDesc()
			.stream()
			.filter(c -> filter.organizationId() == null || filter.organizationId().equals(c.getOrganizationId()))
			.filter(c -> filter.topic() == null || filter.topic() == c.getTopic())
			.filter(c -> filter.from() == null || !c.getHeldOn().isBefore(filter.from()))
			.filter(c -> filter.to() == null || !c.getHeldOn().isAfter(filter.to()))
			.toList();
		Map<Long, String> names = organizations.namesOf(found.stream().map(Consultation::getOrganizationId).toList());
		Map<Long, String> people = peopleNames(found);
		return found.stream().map(c -> view(c, names, people)).toList();
	}

	@Transactional(readOnly = true)
	public ConsultationView get(long id) {
		return view(find(id));
	}

	@Transactional
	public ConsultationView create(ConsultationData data) {
		check(data);
		return view(consultations.saveAndFlush(new Consultation(data)));
	}

	@Transactional
	public ConsultationView update(long id, long version, ConsultationData data) {
		Consultation consultation = find(id);
		consultation.checkVersion(version);
		check(data);
		consultation.apply(data);
		return view(consultations.saveAndFlush(consultation));
	}

	@Transactional
	public void delete(long id) {
		consultations.delete(find(id));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(Consultation.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(Consultation.class, id, version);
	}

	private void check(ConsultationData data) {
		List<FieldError> errors = new ArrayList<>();
		if (data.organizationId() == null) {
			errors.add(required("organizationId"));
		}
		else if (!organizations.exists(data.organizationId())) {
			errors.add(new FieldError("organizationId", "consultation.error.unknownOrganization",
					new Object[] { String.valueOf(data.organizationId()) }));
		}
		if (data.heldOn() == null) {
			errors.add(required("heldOn"));
		}
		if (data.topic() == null) {
			errors.add(required("topic"));
		}
		if (data.consultantId() == null) {
			errors.add(required("consultantId"));
		}
		else if (!personExists(data.consultantId())) {
			errors.add(new FieldError("consultantId", "consultation.error.unknownPerson",
					new Object[] { String.valueOf(data.consultantId()) }));
		}
		for (Long person : data.consultedIds()) {
			if (!personExists(person)) {
				errors.add(new FieldError("consultedIds", "consultation.error.unknownPerson",
						new Object[] { String.valueOf(person) }));
			}
		}
		if (data.minutes() != null && data.minutes() <= 0) {
			errors.add(new FieldError("minutes", "consultation.error.duration",
					new Object[] { String.valueOf(data.minutes()) }));
		}
		if (data.summary() != null && data.summary().length() > 4000) {
			errors.add(new FieldError("summary", "common.error.tooLong", new Object[] { 4000 }));
		}
		if (data.followUpOn() != null && data.heldOn() != null && data.followUpOn().isBefore(data.heldOn())) {
			errors.add(new FieldError("followUpOn", "consultation.error.followUpBefore",
					new Object[] { String.valueOf(data.heldOn()) }));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private boolean personExists(long id) {
		try {
			people.get(id);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	private static FieldError required(String field) {
		return new FieldError(field, "jakarta.validation.constraints.NotNull.message", new Object[0]);
	}

	private Consultation find(long id) {
		return consultations.findById(id).orElseThrow(() -> new NotFoundException("Consultation"));
	}

	private ConsultationView view(Consultation c) {
		return view(c, organizations.namesOf(List.of(c.getOrganizationId())), peopleNames(List.of(c)));
	}

	private static ConsultationView view(Consultation c, Map<Long, String> names, Map<Long, String> people) {
		List<Long> consulted = List.copyOf(c.getConsultedIds());
		return new ConsultationView(c.getId(), c.getVersion(), c.getOrganizationId(), names.get(c.getOrganizationId()),
				c.getHeldOn(), c.getTopic(), c.getConsultantId(), name(c.getConsultantId(), people), consulted,
				consulted.stream().map(id -> name(id, people)).toList(), c.getMinutes(), c.getSummary(),
				c.getFollowUpOn());
	}

	/** The names of everyone the consultations name, in one query. */
	private Map<Long, String> peopleNames(List<Consultation> found) {
		Set<Long> ids = new HashSet<>();
		found.forEach(c -> {
			if (c.getConsultantId() != null) {
				ids.add(c.getConsultantId());
			}
			ids.addAll(c.getConsultedIds());
		});
		return people.fullNames(ids);
	}

	private static String name(Long personId, Map<Long, String> people) {
		if (personId == null) {
			return null;
		}
		// a person erased under the data-protection rules leaves the consultation without a name
		return people.getOrDefault(personId, "—");
	}

	/** The names of the organizations with these ids. */
	@Transactional(readOnly = true)
	public Map<Long, String> organizationNames(Collection<Long> ids) {
		return organizations.namesOf(ids);
	}

	// report reviews

	/** Reviews, the latest year first; {@code organizationId} null for every organization's. */
	@Transactional(readOnly = true)
	public List<ReportReviewView> reviews(Long organizationId, Integer year) {
		List<ReportReview> found = reviews.findAllByOrderByReportYearDescReviewedOnDescIdDesc()
			.stream()
			.filter(r -> organizationId == null || organizationId.equals(r.getOrganizationId()))
			.filter(r -> year == null || year == r.getReportYear())
			.toList();
		Map<Long, String> names = organizations.namesOf(found.stream().map(ReportReview::getOrganizationId).toList());
		return found.stream()
			.map(r -> new ReportReviewView(r.getId(), r.getOrganizationId(), names.get(r.getOrganizationId()),
					r.getReportYear(), r.getReviewedOn(), r.getFindings(), r.isCompliant()))
			.toList();
	}

	@Transactional
	public ReportReviewView review(Long organizationId, Integer year, LocalDate reviewedOn, String findings,
			boolean compliant) {
		List<FieldError> errors = new ArrayList<>();
		if (organizationId == null) {
			errors.add(required("organizationId"));
		}
		else if (!organizations.exists(organizationId)) {
			errors.add(new FieldError("organizationId", "consultation.error.unknownOrganization",
					new Object[] { String.valueOf(organizationId) }));
		}
		if (year == null) {
			errors.add(required("reportYear"));
		}
		else if (year < 1990 || year > 2100) {
			errors.add(new FieldError("reportYear", "reportReview.error.year", new Object[0]));
		}
		if (reviewedOn == null) {
			errors.add(required("reviewedOn"));
		}
		else if (year != null && reviewedOn.getYear() < year) {
			errors.add(new FieldError("reviewedOn", "reportReview.error.beforeYear", new Object[] { String.valueOf(year) }));
		}
		if (findings != null && findings.length() > 4000) {
			errors.add(new FieldError("findings", "common.error.tooLong", new Object[] { 4000 }));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		ReportReview r = reviews.saveAndFlush(new ReportReview(organizationId, year, reviewedOn, findings, compliant));
		return new ReportReviewView(r.getId(), r.getOrganizationId(), organizations.namesOf(List.of(organizationId)).get(organizationId),
				r.getReportYear(), r.getReviewedOn(), r.getFindings(), r.isCompliant());
	}

	@Transactional
	public void deleteReview(long id) {
		reviews.delete(reviews.findById(id).orElseThrow(() -> new NotFoundException("Report review")));
	}
}
