package lt.tinklas.identity.security;

import java.util.List;

import lt.tinklas.identity.application.CredentialNotices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passkeys in the database (tables user_entities and user_credentials), through Spring Security's
 * JDBC repositories. A passkey added or removed through Spring Security's own endpoints is told to
 * its owner by mail, in the same transaction as the change (a sign-in, which saves the passkey's
 * counter again, is not a change).
 */
@Configuration
class PasskeyStore {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository entities,
			CredentialNotices notices, TransactionTemplate transactions) {
		return new Told(new JdbcUserCredentialRepository(jdbc), entities, notices, transactions);
	}

	private record Told(UserCredentialRepository stored, PublicKeyCredentialUserEntityRepository entities,
			CredentialNotices notices, TransactionTemplate transactions) implements UserCredentialRepository {

		@Override
		public void save(CredentialRecord credential) {
			transactions.executeWithoutResult(status -> {
				boolean added = stored.findByCredentialId(credential.getCredentialId()) == null;
				stored.save(credential);
				if (added) {
					tell(credential.getUserEntityUserId(), CredentialNotices.Change.PASSKEY_ADDED);
				}
			});
		}

		@Override
		public void delete(Bytes credentialId) {
			transactions.executeWithoutResult(status -> {
				CredentialRecord credential = stored.findByCredentialId(credentialId);
				stored.delete(credentialId);
				if (credential != null) {
					tell(credential.getUserEntityUserId(), CredentialNotices.Change.PASSKEY_REMOVED);
				}
			});
		}

		@Override
		public CredentialRecord findByCredentialId(Bytes credentialId) {
			return stored.findByCredentialId(credentialId);
		}

		@Override
		public List<CredentialRecord> findByUserId(Bytes userId) {
			return stored.findByUserId(userId);
		}

		private void tell(Bytes userEntityId, CredentialNotices.Change change) {
			PublicKeyCredentialUserEntity entity = entities.findById(userEntityId);
			if (entity != null) {
				notices.tell(entity.getName(), change);
			}
		}
	}
}
