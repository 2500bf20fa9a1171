package lt.tinklas.advocacy.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lt.tinklas.shared.history.ShownAs;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A thematic working group: its members over time and the meetings (events) it held. */
@Entity
@Table(name = "working_group")
@Audited
public class WorkingGroup extends TenantOwned {

	@Column(nullable = false)
	private String name;

	private String theme;

	private String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "working_group_member", joinColumns = @JoinColumn(name = "group_id"))
	private Set<GroupMember> members = new LinkedHashSet<>();

	@ShownAs("event")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "working_group_meeting", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "event_id", nullable = false)
	private Set<Long> meetingIds = new LinkedHashSet<>();

	protected WorkingGroup() {
	}

	public WorkingGroup(String name, String theme, String description) {
		update(name, theme, description);
	}

	public final void update(String name, String theme, String description) {
		this.name = name.strip();
		this.theme = Texts.blankToNull(theme);
		this.description = Texts.blankToNull(description);
	}

	public void replaceMembers(Iterable<GroupMember> newMembers) {
		members.clear();
		newMembers.forEach(members::add);
	}

	public void addMeeting(long eventId) {
		meetingIds.add(eventId);
	}

	public String getName() {
		return name;
	}

	public String getTheme() {
		return theme;
	}

	public String getDescription() {
		return description;
	}

	public Set<GroupMember> getMembers() {
		return members;
	}

	public Set<Long> getMeetingIds() {
		return meetingIds;
	}
}
