package lt.tinklas.people.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lt.tinklas.shared.history.ShownAs;

/** A person's place at an organization for a time: a position, from, until (open when still there). */
@Embeddable
public class Affiliation {

	@ShownAs("organization")
	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "job_position")
	private String position;

	@Column(name = "valid_from")
	private LocalDate from;

	@Column(name = "valid_until")
	private LocalDate until;

	protected Affiliation() {
	}

	public Affiliation(Long organizationId, String position, LocalDate from, LocalDate until) {
		this.organizationId = organizationId;
		this.position = position == null || position.isBlank() ? null : position.strip();
		this.from = from;
		this.until = until;
	}

	/** The same place and time without the job title, which may tell who held it. */
	public Affiliation withoutPosition() {
		return new Affiliation(organizationId, null, from, until);
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getPosition() {
		return position;
	}

	public LocalDate getFrom() {
		return from;
	}

	public LocalDate getUntil() {
		return until;
	}

	public boolean activeOn(LocalDate day) {
		return (from == null || !from.isAfter(day)) && (until == null || !until.isBefore(day));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Affiliation that && Objects.equals(organizationId, that.organizationId)
				&& Objects.equals(position, that.position) && Objects.equals(from, that.from)
				&& Objects.equals(until, that.until);
	}

	@Override
	public int hashCode() {
		return Objects.hash(organizationId, position, from, until);
	}

	@Override
	public String toString() {
		return "#" + organizationId + (position == null ? "" : " " + position) + " " + (from == null ? "" : from) + "–"
				+ (until == null ? "" : until);
	}
}
