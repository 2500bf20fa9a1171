package lt.tinklas.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.people.People;
import lt.tinklas.people.PersonView;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.volunteering.domain.VolunteerActivity;
import lt.tinklas.volunteering.domain.VolunteerActivityRecords;
import lt.tinklas.volunteering.domain.VolunteerProgramme;
import lt.tinklas.volunteering.domain.VolunteerProgrammeRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A network's volunteering: the programmes, the volunteers' activities and the hours they add up to. */
@Service
public class Volunteering {

	/** More than a day's hours in one record is a typing mistake, not a long day. */
	public static final BigDecimal MAX_HOURS = new BigDecimal("24");

	private final VolunteerProgrammeRecords programmes;
	private final VolunteerActivityRecords activities;
	private final People people;
	private final JdbcClient jdbc;
	private final RecordHistory history;

	Volunteering(VolunteerProgrammeRecords programmes, VolunteerActivityRecords activities, People people,
			JdbcClient jdbc, RecordHistory history) {
		this.programmes = programmes;
		this.activities = activities;
		this.people = people;
		this.jdbc = jdbc;
		this.history = history;
	}

	public record ProgrammeView(long id, long version, String name, String nameEn, String description) {

		public String name(String language) {
			return "en".equals(language) && nameEn != null ? nameEn : name;
		}
	}

	public record ActivityView(long id, long version, long programmeId, String programme, long personId,
			String volunteer, LocalDate on, BigDecimal hours, String description) {
	}

	/** An activity as typed: the hours as a string with a dot or comma ("2.5"), so that they stay exact. */
	public record ActivityData(Long programmeId, Long personId, LocalDate on, String hours, String description) {
	}

	/** A year's figures for one programme: distinct volunteers, activities and hours. */
	public record Total(int year, long programmeId, String programme, String programmeEn, long volunteers,
			long activities, BigDecimal hours) {

		public String programme(String language) {
			return "en".equals(language) && programmeEn != null ? programmeEn : programme;
		}
	}

	// programmes

	@Transactional(readOnly = true)
	public List<ProgrammeView> programmes() {
		return programmes.findAllByOrderByNameAsc().stream().map(Volunteering::view).toList();
	}

	@Transactional
	public ProgrammeView createProgramme(String name, String nameEn, String description) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (name.strip().length() > 300 || (nameEn != null && nameEn.strip().length() > 300)) {
			throw InvalidInputException.of(name.strip().length() > 300 ? "name" : "nameEn", "volunteering.error.tooLong", 300);
		}
		if (description != null && description.strip().length() > 4000) {
			throw InvalidInputException.of("description", "volunteering.error.tooLong", 4000);
		}
		if (programmes.findAll().stream().anyMatch(p -> p.getName().equalsIgnoreCase(name.strip()))) {
			throw InvalidInputException.of("name", "volunteering.error.duplicateProgramme", name.strip());
		}
		return view(programmes.saveAndFlush(new VolunteerProgramme(name, nameEn, description)));
	}

	// activities

	/** Activities of a year (all years without one), optionally of one programme, the latest first. */
	@Transactional(readOnly = true)
	public List<ActivityView> activities(Integer year, Long programmeId) {
		LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? LocalDate.of(2999, 12, 31) : LocalDate.of(year, 12, 31);
		Map<Long, String> names = new HashMap<>();
		programmes.findAll().forEach(p -> names.put(p.getId(), p.getName()));
		List<VolunteerActivity> found = activities.findByDoneOnBetweenOrderByDoneOnDescIdDesc(from, to)
			.stream()
			.filter(a -> programmeId == null || a.getProgrammeId().equals(programmeId))
			.toList();
		Map<Long, String> volunteers = people.fullNames(found.stream().map(VolunteerActivity::getPersonId).distinct().toList());
		return found.stream()
			.map(a -> new ActivityView(a.getId(), a.getVersion(), a.getProgrammeId(), names.get(a.getProgrammeId()),
					a.getPersonId(), volunteers.get(a.getPersonId()),
					a.getDoneOn(), a.getHours(), a.getDescription()))
			.toList();
	}

	/** A volunteer's activities and hours among those of a year and programme. */
	public record VolunteerTotal(long personId, String name, long activities, BigDecimal hours) {
	}

	/** The volunteers of a year (all years without one), optionally of one programme, by hours given. */
	@Transactional(readOnly = true)
	public List<VolunteerTotal> volunteers(Integer year, Long programmeId) {
		Map<Long, VolunteerTotal> byPerson = new LinkedHashMap<>();
		for (ActivityView a : activities(year, programmeId)) {
			byPerson.merge(a.personId(), new VolunteerTotal(a.personId(), a.volunteer(), 1, a.hours()),
					(x, y) -> new VolunteerTotal(x.personId(), x.name(), x.activities() + 1, x.hours().add(y.hours())));
		}
		return byPerson.values()
			.stream()
			.sorted(Comparator.comparing(VolunteerTotal::hours).reversed().thenComparing(VolunteerTotal::name))
			.toList();
	}

	/**
	 * Records an activity. Refused, with every field's message, for an unknown programme or
	 * volunteer, a day in the future, hours that are not a positive number of at most 24.
	 */
	@Transactional
	public ActivityView record(ActivityData data) {
		BigDecimal hours = check(data);
		VolunteerActivity saved = activities.saveAndFlush(
				new VolunteerActivity(data.programmeId(), data.personId(), data.on(), hours, data.description()));
		return activities(saved.getDoneOn().getYear(), saved.getProgrammeId()).stream()
			.filter(a -> a.id() == saved.getId())
			.findFirst()
			.orElseThrow();
	}

	/** Every rule an activity keeps; gives its hours. */
	private BigDecimal check(ActivityData data) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (data.programmeId() == null) {
			errors.add(new InvalidInputException.FieldError("programmeId", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else if (programmes.findById(data.programmeId()).isEmpty()) {
			errors.add(new InvalidInputException.FieldError("programmeId", "volunteering.error.unknownProgramme",
					new Object[] { data.programmeId() }));
		}
		if (data.personId() == null) {
			errors.add(new InvalidInputException.FieldError("personId", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else {
			try {
				people.get(data.personId());
			}
			catch (NotFoundException e) {
				errors.add(new InvalidInputException.FieldError("personId", "volunteering.error.unknownVolunteer",
						new Object[] { data.personId() }));
			}
		}
		if (data.on() == null) {
			errors.add(new InvalidInputException.FieldError("on", "jakarta.validation.constraints.NotNull.message", new Object[0]));
		}
		else if (data.on().isAfter(LocalDate.now(Formats.VILNIUS))) {
			errors.add(new InvalidInputException.FieldError("on", "volunteering.error.future", new Object[0]));
		}
		BigDecimal hours = hours(data.hours(), errors);
		if (data.description() != null && data.description().strip().length() > 2000) {
			errors.add(new InvalidInputException.FieldError("description", "volunteering.error.tooLong", new Object[] { 2000 }));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return hours;
	}

	@Transactional(readOnly = true)
	public ActivityView activity(long id) {
		VolunteerActivity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("Activity"));
		return activities(activity.getDoneOn().getYear(), activity.getProgrammeId()).stream()
			.filter(a -> a.id() == id)
			.findFirst()
			.orElseThrow();
	}

	/** Corrects an activity, refusing a save over a copy someone changed meanwhile. */
	@Transactional
	public ActivityView update(long id, long version, ActivityData data) {
		VolunteerActivity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("Activity"));
		BigDecimal hours = check(data);
		activity.checkVersion(version);
		activity.change(data.programmeId(), data.personId(), data.on(), hours, data.description());
		activities.saveAndFlush(activity);
		return activity(id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> activityChangedSince(long id, long version) {
		return history.changedSince(VolunteerActivity.class, id, version);
	}

	private static BigDecimal hours(String text, List<InvalidInputException.FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new InvalidInputException.FieldError("hours", "jakarta.validation.constraints.NotNull.message", new Object[0]));
			return null;
		}
		BigDecimal hours;
		try {
			hours = new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(new InvalidInputException.FieldError("hours", "volunteering.error.hoursNotNumber", new Object[] { text.strip() }));
			return null;
		}
		if (hours.signum() < 0) {
			errors.add(new InvalidInputException.FieldError("hours", "volunteering.error.negativeHours", new Object[0]));
		}
		else if (hours.signum() == 0) {
			errors.add(new InvalidInputException.FieldError("hours", "volunteering.error.zeroHours", new Object[0]));
		}
		else if (hours.compareTo(MAX_HOURS) > 0) {
			errors.add(new InvalidInputException.FieldError("hours", "volunteering.error.tooManyHours", new Object[] { 24 }));
		}
		else if (hours.stripTrailingZeros().scale() > 2) {
			errors.add(new InvalidInputException.FieldError("hours", "volunteering.error.hoursScale", new Object[0]));
		}
		return hours;
	}

	@Transactional
	public void deleteActivity(long id) {
		VolunteerActivity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("Activity"));
		activities.delete(activity);
		activities.flush();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> activityHistory(long id) {
		return history.of(VolunteerActivity.class, id);
	}

	// totals

	/** Hours, activities and distinct volunteers per year and programme, the latest year first. */
	@Transactional(readOnly = true)
	public List<Total> totals() {
		return jdbc.sql("""
				select extract(year from a.done_on) as y, p.id, p.name, p.name_en,
				       count(distinct a.person_id) as volunteers, count(*) as activities, sum(a.hours) as hours
				from volunteer_activity a join volunteer_programme p on p.id = a.programme_id and p.network_id = a.network_id
				where a.network_id = ?
				group by extract(year from a.done_on), p.id, p.name, p.name_en
				order by y desc, p.name""")
			.param(Tenancy.require())
			.query((rs, n) -> new Total(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getLong(6), rs.getBigDecimal(7)))
			.list();
	}

	/** The activities of a period (both days included), optionally of one programme: what the metrics count. */
	@Transactional(readOnly = true)
	public List<ActivityView> between(LocalDate from, LocalDate to, Long programmeId) {
		return activities(null, programmeId).stream()
			.filter(a -> !a.on().isBefore(from) && !a.on().isAfter(to))
			.toList();
	}

	private static ProgrammeView view(VolunteerProgramme p) {
		return new ProgrammeView(p.getId(), p.getVersion(), p.getName(), p.getNameEn(), p.getDescription());
	}
}
