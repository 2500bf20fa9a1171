package lt.tinklas.identity.factors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import lt.tinklas.identity.application.CredentialNotices;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes from an authenticator app (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps). A code
 * is taken from the step before, the current one or the next (clocks drift), and each step at most
 * once: a code seen, or one older than the last taken, is refused. Ten recovery codes stand in for
 * the app, each once; only their SHA-256 is kept.
 */
@Service
public class OneTimeCodes {

	static final Duration STEP = Duration.ofSeconds(30);
	static final int RECOVERY_CODES = 10;
	private static final String RECOVERY_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
	private static final String ISSUER = "Tinklas";

	private final JdbcClient jdbc;
	private final SecretBox box;
	private final PasswordEncoder passwords;
	private final SecureRandom random = new SecureRandom();
	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private final CredentialNotices notices;

	OneTimeCodes(JdbcClient jdbc, SecretBox box, PasswordEncoder passwords, CredentialNotices notices) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.box = box;
		this.passwords = passwords;
	}

	/** What the setup page shows: the secret for typing in, the address an app reads, and its QR code. */
	public record Setup(String secret, String uri, String qrCode) {
	}

	/** What a code typed at sign-in turned out to be. */
	public enum Verdict {
		ACCEPTED, RECOVERY_CODE, REUSED, WRONG;

		public boolean accepted() {
			return this == ACCEPTED || this == RECOVERY_CODE;
		}
	}

	/**
	 * Whether the user has any second factor, one-time codes on or a passkey, in one statement: the API
	 * asks it on every call signed in by password.
	 */
	@Transactional(readOnly = true)
	public boolean anyFactor(long userId, String email) {
		return jdbc.sql("""
				select case when exists (select 1 from user_totp where user_id = ? and confirmed_at is not null)
				              or exists (select 1 from user_credentials c join user_entities e on e.id = c.user_entity_user_id
				                         where e.name = ?) then 1 else 0 end""")
			.param(userId)
			.param(email)
			.query(Integer.class)
			.single() == 1;
	}

	@Transactional(readOnly = true)
	public boolean enabled(long userId) {
		return jdbc.sql("select count(*) from user_totp where user_id = ? and confirmed_at is not null")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Starts (or shows again) the setup: a new secret until it is confirmed; the secret is shown
	 * only while it is not yet in use.
	 */
	@Transactional
	public Setup setup(long userId, String email) {
		if (enabled(userId)) {
			throw InvalidInputException.of("code", "twoFactor.error.alreadyOn");
		}
		byte[] secret = jdbc.sql("select secret from user_totp where user_id = ? and confirmed_at is null")
			.param(userId)
			.query(String.class)
			.optional()
			.map(box::open)
			.orElseGet(() -> {
				byte[] fresh = new byte[20];
				random.nextBytes(fresh);
				jdbc.sql("insert into user_totp (user_id, secret, created_at) values (?, ?, ?)")
					.params(userId, box.seal(fresh), OffsetDateTime.now(ZoneOffset.UTC))
					.update();
				return fresh;
			});
		String text = Base32.encode(secret);
		String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + text + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
		return new Setup(text.replaceAll("(.{4})(?!$)", "$1 "), uri, QrCodes.svgDataUri(uri));
	}

	/** Turns the codes on with a current code from the app; returns the recovery codes, shown this once. */
	@Transactional
	public List<String> confirm(long userId, String code) {
		byte[] secret = jdbc.sql("select secret from user_totp where user_id = ? and confirmed_at is null")
			.param(userId)
			.query(String.class)
			.optional()
			.map(box::open)
			.orElseThrow(() -> InvalidInputException.of("code", "twoFactor.error.noSetup"));
		long step = matchingStep(secret, code).orElseThrow(() -> InvalidInputException.of("code", "twoFactor.error.wrongCode"));
		jdbc.sql("update user_totp set confirmed_at = ?, last_used_step = ? where user_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), step, userId)
			.update();
		notices.tell(userId, CredentialNotices.Change.TWO_FACTOR_ON);
		return newRecoveryCodes(userId);
	}

	/** Checks a code (or a recovery code) at sign-in and takes it, so that it works once. */
	@Transactional
	public Verdict verify(long userId, String input) {
		String typed = input == null ? "" : input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("\\d{6}")) {
			Optional<byte[]> secret = jdbc.sql("select secret from user_totp where user_id = ? and confirmed_at is not null")
				.param(userId)
				.query(String.class)
				.optional()
				.map(box::open);
			Optional<Long> step = secret.flatMap(s -> matchingStep(s, typed));
			if (step.isEmpty()) {
				return Verdict.WRONG;
			}
			int taken = jdbc.sql("update user_totp set last_used_step = ? where user_id = ? and last_used_step < ?")
				.params(step.get(), userId, step.get())
				.update();
			return taken == 1 ? Verdict.ACCEPTED : Verdict.REUSED;
		}
		if (typed.length() != 10 || !enabled(userId)) {
			return Verdict.WRONG;
		}
		String hash = sha256(typed);
		int taken = jdbc.sql("update user_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
			.params(OffsetDateTime.now(ZoneOffset.UTC), userId, hash)
			.update();
		if (taken == 1) {
			notices.tell(userId, CredentialNotices.Change.RECOVERY_CODE_USED);
			return Verdict.RECOVERY_CODE;
		}
		boolean used = jdbc.sql("select count(*) from user_recovery_code where user_id = ? and code_hash = ?")
			.params(userId, hash)
			.query(Integer.class)
			.single() > 0;
		return used ? Verdict.REUSED : Verdict.WRONG;
	}

	/** Turns the codes off, proven by a current code, a recovery code or the password. */
	@Transactional
	public void turnOff(long userId, String code, String password) {
		boolean proven = (code != null && !code.isBlank() && verify(userId, code).accepted())
				|| (password != null && !password.isBlank() && jdbc.sql("select password_hash from user_account where id = ?")
					.param(userId)
					.query(String.class)
					.optional()
					.map(hash -> passwords.matches(password, hash))
					.orElse(false));
		if (!proven) {
			throw InvalidInputException.of("code", "twoFactor.error.offProof");
		}
		jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
		jdbc.sql("delete from user_totp where user_id = ?").param(userId).update();
		notices.tell(userId, CredentialNotices.Change.TWO_FACTOR_OFF);
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long userId) {
		return jdbc.sql("select count(*) from user_recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	private List<String> newRecoveryCodes(long userId) {
		jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
		List<String> codes = new ArrayList<>();
		while (codes.size() < RECOVERY_CODES) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 10; i++) {
				code.append(RECOVERY_LETTERS.charAt(random.nextInt(RECOVERY_LETTERS.length())));
			}
			if (!codes.contains(code.toString())) {
				codes.add(code.toString());
				jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (?, ?)")
					.params(userId, sha256(code.toString()))
					.update();
			}
		}
		return codes.stream().map(code -> code.substring(0, 5) + "-" + code.substring(5)).toList();
	}

	/** The step before, now or next whose code this is. */
	private Optional<Long> matchingStep(byte[] secret, String code) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{6}")) {
			return Optional.empty();
		}
		long now = Instant.now().getEpochSecond() / STEP.toSeconds();
		SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA1");
		for (long step = now - 1; step <= now + 1; step++) {
			String expected = codeAt(key, step);
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	private String codeAt(SecretKeySpec key, long step) {
		try {
			return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
