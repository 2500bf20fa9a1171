package lt.tinklas.people.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lt.tinklas.people.PersonData.ConsentSource;

/**
 * A consent of one kind: given on a day, from a source (a form, paper, a mail link), with the text
 * the person was shown; a withdrawal adds its day and source and keeps the giving. purpose keeps the
 * kind's name at the time.
 */
@Embeddable
public class Consent {

	@Column(name = "kind_id", nullable = false)
	private Long kindId;

	@Column(name = "purpose", nullable = false)
	private String purpose;

	@Column(name = "given_on", nullable = false)
	private LocalDate givenOn;

	@Column(name = "withdrawn_on")
	private LocalDate withdrawnOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false)
	private ConsentSource source;

	@Column(name = "text")
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "withdrawn_source")
	private ConsentSource withdrawnSource;

	protected Consent() {
	}

	public Consent(Long kindId, String purpose, LocalDate givenOn, ConsentSource source, String text,
			LocalDate withdrawnOn, ConsentSource withdrawnSource) {
		this.kindId = kindId;
		this.purpose = purpose.strip();
		this.givenOn = givenOn;
		this.source = source == null ? ConsentSource.FORM : source;
		this.text = text == null || text.isBlank() ? null : text.strip();
		this.withdrawnOn = withdrawnOn;
		this.withdrawnSource = withdrawnOn == null ? null : withdrawnSource == null ? this.source : withdrawnSource;
	}

	/** The same consent withdrawn on the day from the source; the giving stays as it was. */
	public Consent withdrawn(LocalDate on, ConsentSource from) {
		return new Consent(kindId, purpose, givenOn, source, text, on, from);
	}

	/** Whether the consent holds on the day: given by then and not withdrawn. */
	public boolean currentOn(LocalDate day) {
		return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
	}

	public Long getKindId() {
		return kindId;
	}

	public String getPurpose() {
		return purpose;
	}

	public LocalDate getGivenOn() {
		return givenOn;
	}

	public LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	public ConsentSource getSource() {
		return source;
	}

	public String getText() {
		return text;
	}

	public ConsentSource getWithdrawnSource() {
		return withdrawnSource;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Consent that && Objects.equals(kindId, that.kindId)
				&& Objects.equals(purpose, that.purpose) && Objects.equals(givenOn, that.givenOn)
				&& Objects.equals(withdrawnOn, that.withdrawnOn) && source == that.source
				&& Objects.equals(text, that.text) && withdrawnSource == that.withdrawnSource;
	}

	@Override
	public int hashCode() {
		return Objects.hash(kindId, purpose, givenOn, withdrawnOn, source, text, withdrawnSource);
	}

	@Override
	public String toString() {
		return purpose + " " + givenOn + (withdrawnOn == null ? "" : "–" + withdrawnOn);
	}
}
