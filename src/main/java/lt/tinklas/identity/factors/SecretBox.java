package lt.tinklas.identity.factors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts one-time-code secrets at rest (AES-256-GCM, key derived from {@code tinklas.security.totp-key}),
 * so that a copy of the database alone does not give anyone the codes.
 */
@Component
class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	/** Only for a start without the setting (the demo, a developer's machine); production sets its own. */
	private static final String UNSET_KEY = "tinklas-totp-key-not-set";

	private final TextEncryptor encryptor;

	SecretBox(@Value("${tinklas.security.totp-key:}") String key) {
		if (key.isBlank()) {
			log.warn("tinklas.security.totp-key (TINKLAS_TOTP_KEY) is not set: one-time-code secrets are encrypted "
					+ "with a key known to anyone who reads the source; set it in production");
		}
		this.encryptor = Encryptors.delux(key.isBlank() ? UNSET_KEY : key, "74696e6b6c61732d746f7470");
	}

	String seal(byte[] secret) {
		return encryptor.encrypt(Base32.encode(secret));
	}

	byte[] open(String sealed) {
		return Base32.decode(encryptor.decrypt(sealed));
	}
}
