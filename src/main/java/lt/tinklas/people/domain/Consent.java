package lt.tinklas.people.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A consent to process a person's data for a purpose: given on, withdrawn on. */
@Embeddable
public class Consent {

	@Column(name = "purpose", nullable = false)
	private String purpose;

	@Column(name = "given_on", nullable = false)
	private LocalDate givenOn;

	@Column(name = "withdrawn_on")
	private LocalDate withdrawnOn;

	protected Consent() {
	}

	public Consent(String purpose, LocalDate givenOn, LocalDate withdrawnOn) {
		this.purpose = purpose.strip();
		this.givenOn = givenOn;
		this.withdrawnOn = withdrawnOn;
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

	@Override
	public boolean equals(Object other) {
		return other instanceof Consent that && Objects.equals(purpose, that.purpose)
				&& Objects.equals(givenOn, that.givenOn) && Objects.equals(withdrawnOn, that.withdrawnOn);
	}

	@Override
	public int hashCode() {
		return Objects.hash(purpose, givenOn, withdrawnOn);
	}

	@Override
	public String toString() {
		return purpose + " " + givenOn + (withdrawnOn == null ? "" : "–" + withdrawnOn);
	}
}
