package lt.tinklas.networks.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.identity.Users;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.NetworkChange;
import lt.tinklas.shared.history.RecentChanges;
import lt.tinklas.shared.security.RoleGroup;
import lt.tinklas.shared.web.HomeSection;
import lt.tinklas.shared.web.HomeViewer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/** The home's card of the networks module: the latest changes in the network, who made them by name. */
@Configuration
public class NetworksHome {

	static final int SHOWN = 10;

	private final RecentChanges recent;
	private final Users users;

	NetworksHome(RecentChanges recent, Users users) {
		this.recent = recent;
		this.users = users;
	}

	/** One change: when, who (their name, or their e-mail when they have no role here; null for the system), what. */
	public record Change(Instant at, String by, HistoryEntry.Kind kind, String typeKey, String recordName) {
	}

	@Bean
	HomeSection recentChangesCard() {
		return HomeSection.of(HomeSection.Group.RECENT, 10, HomeSection.authorities(RoleGroup.KEEPERS_AND_READERS),
				"networks/home-cards :: recent", this::changes);
	}

	/** The latest changes, in three statements whatever the size of the network. */
	@Transactional(readOnly = true)
	public List<Change> changes(HomeViewer viewer) {
		List<NetworkChange> changes = recent.latest(viewer.networkId(), SHOWN);
		if (changes.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = new HashMap<>();
		users.inCurrentNetwork().forEach(user -> names.put(user.email(), user.displayName()));
		return changes.stream()
			.map(change -> new Change(change.at(), "system".equals(change.by()) ? null
					: names.getOrDefault(change.by(), change.by()), change.kind(), change.typeKey(),
					change.recordName()))
			.toList();
	}
}
