package lt.tinklas.advocacy.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.advocacy.WorkingGroupData;
import lt.tinklas.advocacy.domain.GroupMember;
import lt.tinklas.advocacy.domain.WorkingGroup;
import lt.tinklas.advocacy.domain.WorkingGroupRecords;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.events.GroupAudience;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.People;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.text.SearchText;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working groups: their members over time, their meetings, and who to invite from them. */
@Service
public class WorkingGroups implements GroupAudience {

	private final WorkingGroupRecords groups;
	private final People people;
	private final Organizations organizations;
	private final Events events;
	private final RecordHistory history;

	WorkingGroups(WorkingGroupRecords groups, People people, Events events, RecordHistory history,
			Organizations organizations) {
		this.groups = groups;
		this.people = people;
		this.organizations = organizations;
		this.events = events;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public List<WorkingGroupView> list() {
		var collator = SearchText.collator();
		return groups.findAll()
			.stream()
			.sorted(Comparator.comparing(WorkingGroup::getName, collator))
			.map(WorkingGroups::view)
			.toList();
	}

	/** The groups where someone from the organization is a member today (what its representative sees). */
	@Transactional(readOnly = true)
	public List<WorkingGroupView> withMembersFrom(long organizationId) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return list().stream()
			.filter(group -> group.members()
				.stream()
				.anyMatch(m -> Long.valueOf(organizationId).equals(m.organizationId()) && active(m, today)))
			.toList();
	}

	@Transactional(readOnly = true)
	public WorkingGroupView get(long id) {
		return view(find(id));
	}

	@Transactional
	public WorkingGroupView create(WorkingGroupData data) {
		check(data, null);
		WorkingGroup group = new WorkingGroup(data.name(), data.theme(), data.description());
		group.replaceMembers(members(data));
		return view(groups.saveAndFlush(group));
	}

	@Transactional
	public WorkingGroupView update(long id, long version, WorkingGroupData data) {
		WorkingGroup group = find(id);
		group.checkVersion(version);
		check(data, id);
		group.update(data.name(), data.theme(), data.description());
		group.replaceMembers(members(data));
		return view(groups.saveAndFlush(group));
	}

	/** Links a working group meeting (an event of that type) to the group. */
	@Transactional
	public WorkingGroupView addMeeting(long id, long eventId) {
		WorkingGroup group = find(id);
		EventView event = events.get(eventId);
		if (event.type() != EventType.WORKING_GROUP_MEETING) {
			throw InvalidInputException.of("eventId", "workingGroup.error.notGroupMeeting");
		}
		group.addMeeting(eventId);
		return view(groups.saveAndFlush(group));
	}

	@Transactional(readOnly = true)
	public Map<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>();
		list().forEach(g -> names.put(g.id(), g.name()));
		return names;
	}

	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return groups.existsById(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> groupNames() {
		return names();
	}

	/** The people who are members of the group today. */
	@Override
	@Transactional(readOnly = true)
	public List<Long> memberIds(long groupId) {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return get(groupId).members().stream().filter(m -> active(m, today)).map(WorkingGroupData.MemberData::personId)
			.distinct().toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		find(id);
		return history.of(WorkingGroup.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(long id, long version) {
		find(id);
		return history.changedSince(WorkingGroup.class, id, version);
	}

	private void check(WorkingGroupData data, Long id) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		boolean taken = groups.findAll()
			.stream()
			.anyMatch(g -> !g.getId().equals(id) && SearchText.normalize(g.getName()).equals(SearchText.normalize(data.name())));
		if (taken) {
			errors.add(new InvalidInputException.FieldError("name", "workingGroup.error.taken", new Object[] { data.name() }));
		}
		for (int i = 0; i < data.members().size(); i++) {
			WorkingGroupData.MemberData member = data.members().get(i);
			try {
				people.get(member.personId());
			}
			catch (NotFoundException e) {
				errors.add(new InvalidInputException.FieldError("members[" + i + "].personId",
						"workingGroup.error.unknownPerson", new Object[] { member.personId() }));
			}
			// an organization of another network, or none, is refused here rather than by the database
			if (member.organizationId() != null && !organizations.exists(member.organizationId())) {
				errors.add(new InvalidInputException.FieldError("members[" + i + "].organizationId",
						"workingGroup.error.unknownOrganization", new Object[0]));
			}
			if (member.from() != null && member.until() != null && member.until().isBefore(member.from())) {
				errors.add(new InvalidInputException.FieldError("members[" + i + "].until", "common.error.endBeforeStart",
						new Object[0]));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static List<GroupMember> members(WorkingGroupData data) {
		return data.members()
			.stream()
			.map(m -> new GroupMember(m.personId(), m.organizationId(), m.role(), m.from(), m.until()))
			.toList();
	}

	private static boolean active(WorkingGroupData.MemberData m, LocalDate day) {
		return (m.from() == null || !day.isBefore(m.from())) && (m.until() == null || !day.isAfter(m.until()));
	}

	private WorkingGroup find(long id) {
		return groups.findById(id).orElseThrow(() -> new NotFoundException("Working group"));
	}

	static WorkingGroupView view(WorkingGroup group) {
		return new WorkingGroupView(group.getId(), group.getVersion(), group.getName(), group.getTheme(),
				group.getDescription(),
				group.getMembers()
					.stream()
					.map(m -> new WorkingGroupData.MemberData(m.getPersonId(), m.getOrganizationId(), m.getRole(),
							m.getFrom(), m.getUntil()))
					.sorted(Comparator.comparing((WorkingGroupData.MemberData m) -> m.role()).thenComparing(
							WorkingGroupData.MemberData::personId))
					.toList(),
				group.getMeetingIds().stream().sorted().toList());
	}
}
