package lt.tinklas.networks.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.identity.NetworkMembership;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.Users;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.security.PlatformAdmins;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks")
class NetworksApi {

	private final Networks networks;
	private final Users users;

	NetworksApi(Networks networks, Users users) {
		this.networks = networks;
		this.users = users;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PlatformAdmins
	@Operation(summary = "Create a network and its first admin (platform admin only)",
			description = """
					Creates the network and gives the person at adminEmail its NETWORK_ADMIN role. The first \
					admin is invited by mail, in the caller's language, with a one-time link to set their own \
					password; the platform admin never learns it. adminPassword is accepted for automation \
					(scripts and tests that must sign in at once): with it no invitation is sent. A person who \
					already has an account keeps their password and gets the role. A bad or taken slug or a bad \
					e-mail address is refused with 400 and one entry per field, and nothing is created.""")
	ResponseEntity<NetworkResponse> create(@Valid @RequestBody CreateNetwork body, Locale locale) {
		NetworkRef created = networks.create(new Networks.NewNetwork(body.slug(), body.name(), body.adminEmail(),
				body.adminEmail(), body.adminPassword(), false), locale);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + created.slug()))
			.body(new NetworkResponse(created.id(), created.slug(), created.name()));
	}

	@GetMapping
	@Operation(summary = "The networks the caller belongs to; all of them for a platform admin; only its own for a token of one network")
	List<NetworkResponse> list(@AuthenticationPrincipal SignedInUser user) {
		List<Long> mine = users.membershipsOf(user.id()).stream().map(NetworkMembership::networkId).toList();
		return networks.all()
			.stream()
			.filter(network -> user.reaches(network.id()) && (user.platformAdmin() || mine.contains(network.id())))
			.map(network -> new NetworkResponse(network.id(), network.slug(), network.name()))
			.toList();
	}

	@GetMapping("/{slug}/settings")
	@AnyNetworkRole
	@Operation(summary = "The network's settings")
	NetworkSettings settings(HttpServletRequest request) {
		return networks.settings(NetworkContext.of(request).id());
	}

	@PutMapping("/{slug}/settings")
	@NetworkAdmins
	@Operation(summary = "Change the network's settings",
			description = "version must be the one read; a stale version is refused with 409 and the fields changed meanwhile. "
					+ "The English texts (nameEn, missionEn, visionEn, valuesEn) are shown in English where set; colour is "
					+ "#rrggbb and refused with 400 when white text on it falls under a contrast of 4.5:1; signerName, "
					+ "signerPosition and signerPositionEn sign the certificates. The logo is uploaded on the settings page "
					+ "and served at /n/{slug}/public/logo.")
	NetworkSettings updateSettings(@Valid @RequestBody NetworkSettings body, HttpServletRequest request) {
		long networkId = NetworkContext.of(request).id();
		networks.updateSettings(networkId, body);
		return networks.settings(networkId);
	}

	record CreateNetwork(
			@Schema(description = "The network's address word: lower-case letters, digits and hyphens, unique",
					example = "seniorai") @NotBlank @Size(max = 40) String slug,
			@Schema(description = "The network's name", example = "Senjorų organizacijų tinklas") @NotBlank @Size(max = 200) String name,
			@Schema(description = "The e-mail address of the first admin, who is invited to set a password",
					example = "vadove@seniorai.lt") @NotBlank @Email @Size(max = 320) String adminEmail,
			@Schema(description = "Optional, for automation: the first admin's password (at least 12 characters, at most 72 bytes); "
					+ "without it the admin is invited by mail", requiredMode = Schema.RequiredMode.NOT_REQUIRED,
					nullable = true) @Size(max = 200) String adminPassword) {
	}

	record NetworkResponse(long id, String slug, String name) {
	}

}
