package lt.tinklas.identity.application;

import static lt.tinklas.shared.personal.ExportSection.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lt.tinklas.identity.domain.NetworkRole;
import lt.tinklas.identity.domain.NetworkRoleRecords;
import lt.tinklas.identity.domain.UserAccount;
import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.personal.DataSubject;
import lt.tinklas.shared.personal.ErasureEffect;
import lt.tinklas.shared.personal.ExportSection;
import lt.tinklas.shared.personal.PersonalDataHolder;
import lt.tinklas.shared.tenancy.PlatformWide;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's user account, found by their e-mail: its name, language and role in the network. An
 * erasure takes the role away, names the person's changes in this network's audit log by nobody, and
 * removes the account (with its tokens) unless it still has a role in another network or runs the platform;
 * the person's sessions end.
 */
@Component
@Order(70)
class AccountPersonalData implements PersonalDataHolder {

	private final UserAccountRecords accounts;
	private final NetworkRoleRecords roles;
	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final UserSessions sessions;

	AccountPersonalData(UserAccountRecords accounts, NetworkRoleRecords roles, JdbcClient jdbc,
			MessageSource messages, UserSessions sessions) {
		this.accounts = accounts;
		this.roles = roles;
		this.jdbc = jdbc;
		this.messages = messages;
		this.sessions = sessions;
	}

	@Override
	public List<ExportSection> export(DataSubject subject, Locale locale) {
		Optional<UserAccount> account = account(subject);
		if (account.isEmpty()) {
			return List.of();
		}
		Optional<NetworkRole> role = roles.findByNetworkIdAndUserId(subject.networkId(), account.get().getId());
		return List.of(new ExportSection("account", List.of(item("email", account.get().getEmail(), "name",
				account.get().getDisplayName(), "language",
				messages.getMessage("language." + account.get().getLanguage(), null, locale), "role",
				role.map(r -> messages.getMessage("role." + r.getRole().name(), null, locale)).orElse(null),
				"recordedAt", account.get().getCreatedAt()))));
	}

	@Override
	public List<ErasureEffect> erasureEffects(DataSubject subject) {
		return account(subject).map(account -> List.of(ErasureEffect.removed("account", 1))).orElse(List.of());
	}

	@Override
	public void erase(DataSubject subject) {
		Optional<UserAccount> found = account(subject);
		if (found.isEmpty()) {
			return;
		}
		UserAccount account = found.get();
		roles.findByNetworkIdAndUserId(subject.networkId(), account.getId()).ifPresent(roles::delete);
		roles.flush();
		sessions.endAll(account.getId());
		jdbc.sql("update revinfo set changed_by = null where network_id = :network and lower(changed_by) = :email")
			.param("network", subject.networkId())
			.param("email", account.getEmail())
			.update();
		// whether the account is used in other networks, and its mail outside every network: the platform's path
		long elsewhere = PlatformWide.run(() -> jdbc.sql("select count(*) from network_role where user_id = :user")
			.param("user", account.getId())
			.query(Long.class)
			.single());
		if (elsewhere == 0 && !account.isPlatformAdmin()) {
			PlatformWide.run(() -> jdbc.sql("delete from outbox_mail where network_id is null and lower(recipient) = :email")
				.param("email", account.getEmail())
				.update());
			// passkeys are kept by e-mail, not by the account's id: none may outlive it for a later account of the same address
			jdbc.sql("delete from user_entities where name = :email").param("email", account.getEmail()).update();
			accounts.delete(account);
			accounts.flush();
		}
	}

	private Optional<UserAccount> account(DataSubject subject) {
		return subject.email() == null ? Optional.empty() : accounts.findByEmail(subject.email());
	}
}
