package lt.tinklas.identity.factors;

import lt.tinklas.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides who must have a second factor and when it is asked. The platform admin needs one when
 * {@code tinklas.security.platform-admin-second-factor} is on (the default; the demo turns it off);
 * a network's staff and admins when the network requires it. A password sign-in asks for the second
 * factor when the user has one-time codes on, or has a passkey and is required to use a second
 * factor; a passkey sign-in is two factors in one (the device, and its PIN or fingerprint).
 */
@Component
public class SecondFactorRequirement {

	private final boolean platformAdminRule;
	private final SecondFactorPolicy policy;
	private final OneTimeCodes codes;
	private final Passkeys passkeys;

	@Autowired
	public SecondFactorRequirement(@Value("${tinklas.security.platform-admin-second-factor:true}") boolean platformAdminRule,
			SecondFactorPolicy policy, OneTimeCodes codes, Passkeys passkeys) {
		this.platformAdminRule = platformAdminRule;
		this.policy = policy;
		this.codes = codes;
		this.passkeys = passkeys;
	}

	public boolean hasFactor(SignedInUser user) {
		return codes.anyFactor(user.id(), user.email());
	}

	/**
	 * Whether the user must set up a second factor before going on: the platform admin anywhere (under
	 * the rule), a staff member or admin inside a network that requires one.
	 */
	public boolean setupNeeded(SignedInUser user, Long networkId, boolean staffOrAdminThere) {
		boolean required = (platformAdminRule && user.platformAdmin())
				|| (networkId != null && staffOrAdminThere && policy.required(networkId));
		return required && !hasFactor(user);
	}

	/** The same, when the caller already knows whether the request's network requires one of this user. */
	public boolean setupNeeded(SignedInUser user, boolean networkRequires) {
		return ((platformAdminRule && user.platformAdmin()) || networkRequires) && !hasFactor(user);
	}

	/** Whether a password sign-in is held until the second factor is given. */
	public boolean stepNeeded(SignedInUser user) {
		if (codes.enabled(user.id())) {
			return true;
		}
		return passkeys.any(user.email())
				&& ((platformAdminRule && user.platformAdmin()) || policy.requiredOfStaff(user.id()));
	}

	/**
	 * Whether a password alone must not let this user in: they have a second factor, or are the
	 * platform admin under the rule. The API then takes a personal token from them, never a password.
	 */
	public boolean passwordAloneRefused(SignedInUser user) {
		return (platformAdminRule && user.platformAdmin()) || hasFactor(user);
	}

	public boolean codesOn(SignedInUser user) {
		return codes.enabled(user.id());
	}

	public boolean passkeysOn(SignedInUser user) {
		return passkeys.any(user.email());
	}
}
