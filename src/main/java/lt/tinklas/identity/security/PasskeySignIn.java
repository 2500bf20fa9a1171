package lt.tinklas.identity.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.identity.factors.PendingSignIn;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;

/**
 * Sign-in with a passkey (Spring Security's passkey endpoints: {@code /webauthn/register/options},
 * {@code /webauthn/register}, {@code /webauthn/authenticate/options}, {@code /login/webauthn}). The
 * signed-in principal is the same {@link SignedInUser} a password gives, a disabled or locked account
 * is refused, the session id changes, and the user's language follows them.
 */
final class PasskeySignIn implements AuthenticationProvider {

	private final RelyingParty relyingParty;
	private final UserDetailsService accounts;
	private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

	private PasskeySignIn(RelyingParty relyingParty, UserDetailsService accounts) {
		this.relyingParty = relyingParty;
		this.accounts = accounts;
	}

	/** The passkey part of the pages' filter chain. */
	static Customizer<WebAuthnConfigurer<HttpSecurity>> passkeys(RelyingParty relyingParty, UserDetailsService accounts,
			AuthenticationEventPublisher events, PendingSignIn pending) {
		return passkeys -> passkeys.rpName("Tinklas")
			.rpId(relyingParty.id())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					ProviderManager manager = new ProviderManager(new PasskeySignIn(relyingParty, accounts));
					manager.setAuthenticationEventPublisher(events);
					filter.setAuthenticationManager(manager);
					filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
					filter.setAuthenticationSuccessHandler(new Success(pending));
					return filter;
				}
			});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		PublicKeyCredentialUserEntity owner;
		UserDetails user;
		try {
			owner = relyingParty.authenticate(request.getWebAuthnRequest());
			user = accounts.loadUserByUsername(owner.getName());
		}
		catch (UsernameNotFoundException | IllegalArgumentException | IllegalStateException e) {
			throw new BadCredentialsException("Passkey not accepted", e);
		}
		catch (DataAccessException e) {
			// the passkey could not be checked, not refused: no failed sign-in, answered as the error it is
			throw e;
		}
		catch (RuntimeException e) {
			if (e instanceof AuthenticationException known) {
				throw known;
			}
			throw new BadCredentialsException("Passkey not accepted", e);
		}
		status.check(user);
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		signedIn.setDetails(authentication.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

	/** Answers the page's script with where to go ({@code redirectUrl}), in the user's language. */
	private static final class Success implements AuthenticationSuccessHandler {

		private final PendingSignIn pending;
		private final HttpMessageConverterAuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();

		Success(PendingSignIn pending) {
			this.pending = pending;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			pending.drop(request);
			if (authentication.getPrincipal() instanceof SignedInUser user) {
				UserLocaleResolver.writeCookie(response, user.language());
			}
			json.onAuthenticationSuccess(request, response, authentication);
		}
	}
}
