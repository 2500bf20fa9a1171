package lt.tinklas.identity.security;

import java.time.Duration;

import lt.tinklas.shared.ratelimit.TooManyRequests;
import org.springframework.stereotype.Component;

/**
 * The growing delay on the second step of a sign-in: wrong one-time or recovery codes of an account
 * make its next code wait, whatever password sign-ins come between.
 */
@Component
public class SecondStepThrottle {

	private final SignInDelays delays;

	SecondStepThrottle(SignInDelays delays) {
		this.delays = delays;
	}

	/** Refuses with 429 while the account's codes must wait. */
	public void checkMayTry(String email) {
		Duration wait = delays.secondStepWait(email);
		if (!wait.isZero()) {
			throw new TooManyRequests(wait);
		}
	}

	public void failed(String email) {
		delays.secondStepFailed(email);
	}

	public void succeeded(String email) {
		delays.secondStepSucceeded(email);
	}
}
