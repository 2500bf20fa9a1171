package lt.tinklas.testing;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import lt.tinklas.identity.factors.Base32;

/** The codes an authenticator app shows for a secret (RFC 6238, 30-second steps, 6 digits), computed as the app does. */
public final class TotpCodes {

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(
			Duration.ofSeconds(30), 6);

	private TotpCodes() {
	}

	/** The code for the secret as the setup page shows it (base32, in groups), at the moment. */
	public static String at(String secret, Instant when) {
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(Base32.decode(secret), "HmacSHA1"), when,
					Locale.ROOT);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The code of the next 30-second step: one the server has not seen when it took the current one. */
	public static String next(String secret) {
		return at(secret, Instant.now().plusSeconds(30));
	}
}
