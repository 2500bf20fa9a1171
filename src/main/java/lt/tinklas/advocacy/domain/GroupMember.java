package lt.tinklas.advocacy.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lt.tinklas.advocacy.GroupRole;
import lt.tinklas.shared.history.ShownAs;

/** A person in a working group, for the organization they come from, for a time. */
@Embeddable
public class GroupMember {

	@ShownAs("person")
	@Column(name = "person_id", nullable = false)
	private Long personId;

	@ShownAs("organization")
	@Column(name = "organization_id")
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role", nullable = false)
	private GroupRole role;

	@Column(name = "valid_from")
	private LocalDate from;

	@Column(name = "valid_until")
	private LocalDate until;

	protected GroupMember() {
	}

	public GroupMember(Long personId, Long organizationId, GroupRole role, LocalDate from, LocalDate until) {
		this.personId = personId;
		this.organizationId = organizationId;
		this.role = role;
		this.from = from;
		this.until = until;
	}

	public boolean activeOn(LocalDate day) {
		return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
	}

	public Long getPersonId() {
		return personId;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public GroupRole getRole() {
		return role;
	}

	public LocalDate getFrom() {
		return from;
	}

	public LocalDate getUntil() {
		return until;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GroupMember that && Objects.equals(personId, that.personId)
				&& Objects.equals(organizationId, that.organizationId) && role == that.role
				&& Objects.equals(from, that.from) && Objects.equals(until, that.until);
	}

	@Override
	public int hashCode() {
		return Objects.hash(personId, organizationId, role, from, until);
	}
}
