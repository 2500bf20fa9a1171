package lt.tinklas.identity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.identity.AccountSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account")
class MeApi {

	private final AccountSettings settings;
	private final Users users;

	MeApi(AccountSettings settings, Users users) {
		this.settings = settings;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "The signed-in user and their role in each network (in the token's network only, for a token of one network)")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		AccountSettings.Profile profile = settings.profile(user.id());
		return new Me(profile.id(), profile.email(), profile.displayName(), profile.language(),
				user.platformAdmin(), users.membershipsOf(user.id())
					.stream()
					.filter(membership -> user.reaches(membership.networkId()))
					.toList());
	}

	record Me(long id, String email, String displayName, String language, boolean platformAdmin,
			List<NetworkMembership> networks) {
	}
}
