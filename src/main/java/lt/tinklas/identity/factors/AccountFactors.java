package lt.tinklas.identity.factors;

import java.util.List;

import lt.tinklas.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** What the account page shows of a user's second factors (read by its fragment, identity/account-factors). */
@Component("accountFactors")
public class AccountFactors {

	private final OneTimeCodes codes;
	private final Passkeys passkeys;

	AccountFactors(OneTimeCodes codes, Passkeys passkeys) {
		this.codes = codes;
		this.passkeys = passkeys;
	}

	public record Summary(List<Passkeys.Passkey> passkeys, boolean codesOn, int recoveryCodesLeft) {
	}

	public Summary of(SignedInUser user) {
		boolean on = codes.enabled(user.id());
		return new Summary(passkeys.of(user.email()), on, on ? codes.recoveryCodesLeft(user.id()) : 0);
	}
}
