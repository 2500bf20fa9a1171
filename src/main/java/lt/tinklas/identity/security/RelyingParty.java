package lt.tinklas.identity.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tinklas as a passkey relying party. Its id is {@code tinklas.security.passkeys.rp-id} (by default
 * the host of {@code tinklas.base-url}); passkeys are accepted from the origins
 * {@code tinklas.security.passkeys.allowed-origins} (by default the origin of the base URL). When the
 * id is {@code localhost} (a developer's machine, the tests on a random port) any port of
 * localhost is accepted as well, the origin taken from the request. Passkeys are discoverable and
 * ask the user to unlock them (PIN, fingerprint): a passkey alone is two factors.
 */
@Component
class RelyingParty implements WebAuthnRelyingPartyOperations {

	private final PublicKeyCredentialUserEntityRepository userEntities;
	private final UserCredentialRepository credentials;
	private final PublicKeyCredentialRpEntity rp;
	private final Set<String> origins;
	private final Webauthn4JRelyingPartyOperations configured;
	private final Map<String, Webauthn4JRelyingPartyOperations> localOrigins = new ConcurrentHashMap<>();

	RelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			@Value("${tinklas.base-url}") String baseUrl, @Value("${tinklas.security.passkeys.rp-id:}") String rpId,
			@Value("${tinklas.security.passkeys.allowed-origins:}") List<String> allowedOrigins) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		URI base = URI.create(baseUrl);
		this.rp = PublicKeyCredentialRpEntity.builder().id(rpId.isBlank() ? base.getHost() : rpId).name("Tinklas").build();
		Set<String> all = new LinkedHashSet<>();
		allowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).forEach(all::add);
		if (all.isEmpty()) {
			all.add(base.getScheme() + "://" + base.getAuthority());
		}
		this.origins = Set.copyOf(all);
		this.configured = operations(origins);
	}

	String id() {
		return rp.getId();
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return configured.createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return forThisRequest().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
		return configured.createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return forThisRequest().authenticate(request);
	}

	private Webauthn4JRelyingPartyOperations forThisRequest() {
		if (!"localhost".equals(rp.getId())
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return configured;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"localhost".equals(request.getServerName())) {
			return configured;
		}
		String origin = request.getScheme() + "://localhost:" + request.getServerPort();
		if (origins.contains(origin)) {
			return configured;
		}
		Set<String> withLocal = new LinkedHashSet<>(origins);
		withLocal.add(origin);
		return localOrigins.computeIfAbsent(origin, key -> operations(withLocal));
	}

	private Webauthn4JRelyingPartyOperations operations(Set<String> allowed) {
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials, rp,
				allowed);
		operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria
			.builder()
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.userVerification(UserVerificationRequirement.REQUIRED)
			.build()));
		operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}
}
