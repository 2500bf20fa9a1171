package lt.tinklas.identity.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lt.tinklas.identity.domain.UserAccountRecords;
import lt.tinklas.shared.history.RecordNames;
import org.springframework.stereotype.Component;

/**
 * Who changed a record, by the name of their account (“Rūta Darbuotoja”), for histories that keep
 * the sign-in e-mail of the one who saved; an account without a name is named by its e-mail.
 */
@Component
class UserNames implements RecordNames {

	private final UserAccountRecords accounts;

	UserNames(UserAccountRecords accounts) {
		this.accounts = accounts;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(RecordNames.USER);
	}

	@Override
	public Map<Object, String> names(String kind, Collection<?> ids, Locale locale) {
		Map<Object, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		accounts.namesByEmail(ids.stream().map(String::valueOf).toList()).forEach(row -> {
			String name = (String) row[1];
			names.put(row[0], name == null || name.isBlank() ? (String) row[0] : name);
		});
		return names;
	}
}
