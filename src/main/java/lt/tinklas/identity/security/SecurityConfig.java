package lt.tinklas.identity.security;

import lt.tinklas.identity.Role;
import lt.tinklas.identity.Users;
import lt.tinklas.identity.domain.ApiTokenSignIn;
import lt.tinklas.identity.factors.PendingSignIn;
import lt.tinklas.identity.factors.SecondFactorRequirement;
import lt.tinklas.shared.ratelimit.RateLimits;
import lt.tinklas.shared.ratelimit.TooManyRequestsAnswers;
import lt.tinklas.shared.tenancy.NetworkLookup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three filter chains: Actuator's health (open to anyone, stateless), the REST API (stateless; HTTP
 * Basic or a personal token, challenging for a token only; no change by a cross-site form; errors as
 * problem details) and the pages (form login, session, CSRF). The last two resolve the network of the
 * path and add the user's role in it to the request.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/** The filter chains exist where there is a web server (not in the data generator's run). */
	@Configuration
	@ConditionalOnWebApplication
	static class FilterChains {

		/**
		 * Actuator's paths, of which only health is exposed (application.properties): anyone may ask, as a
		 * load balancer does every few seconds; no session is read or made, no rate limit counts it. Any
		 * other actuator path is not found, for a signed-in platform admin too.
		 */
		@Bean
		@Order(0)
		SecurityFilterChain actuator(HttpSecurity http) throws Exception {
			http.securityMatcher(PublicPaths.ACTUATOR)
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				// health is read-only: there is nothing a cross-site form could change
				.csrf(csrf -> csrf.disable())
				.headers(SecurityHeaders.common());
			return http.build();
		}

		@Bean
		@Order(1)
		SecurityFilterChain api(HttpSecurity http, NetworkLookup networks, Users users, ApiTokenSignIn tokens,
				MessageSource messages, UserLocaleResolver locales, SignInDelays delays, RateLimits limits,
				TooManyRequestsAnswers tooMany, SecondFactorRequirement secondFactor) throws Exception {
			ProblemResponses problems = new ProblemResponses(messages, locales);
			http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
					.permitAll()
					.requestMatchers(PublicPaths.API)
					.permitAll()
					.requestMatchers(HttpMethod.POST, PublicPaths.API_POST)
					.permitAll()
					.anyRequest()
					.authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(problems))
				.addFilterBefore(new ApiTokenFilter(tokens, problems),
						BasicAuthenticationFilter.class)
				.addFilterBefore(SignInThrottle.forBasic(delays, limits, tooMany), BasicAuthenticationFilter.class)
				.addFilterAfter(new BasicWithSecondFactorGuard(secondFactor, problems), BasicAuthenticationFilter.class)
				.addFilterBefore(new ApiRateLimit(limits, tooMany), AuthorizationFilter.class)
				.addFilterBefore(new NetworkAccessFilter(networks, users, problems), AuthorizationFilter.class)
				// after the role check, so a call without credentials still hears 401
				.addFilterAfter(new CrossSiteFormGuard(problems), AuthorizationFilter.class)
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.headers(SecurityHeaders.common())
				.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain pages(HttpSecurity http, NetworkLookup networks, Users users, MessageSource messages,
				UserLocaleResolver locales, PendingSignIn pending, SecondFactorRequirement secondFactor,
				RelyingParty relyingParty, AccountDetails accountDetails, AuthenticationEventPublisher events,
				SignInDelays delays, RateLimits limits, TooManyRequestsAnswers tooMany) throws Exception {
			http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/login", "/login/second-factor", "/password-reset", "/password-reset/**", "/language", "/error",
						"/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/swagger-ui/**")
				.permitAll()
				.requestMatchers(PublicPaths.PAGES)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasAuthority(Role.PLATFORM_ADMIN)
				.anyRequest()
				.authenticated())
				.formLogin(form -> form.loginPage("/login")
					.failureHandler(new LoginFailureHandler())
					.successHandler(new LoginSuccessHandler(pending))
					.permitAll())
				.webAuthn(PasskeySignIn.passkeys(relyingParty, accountDetails, events, pending))
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
				.csrf(csrf -> csrf.ignoringRequestMatchers(PublicPaths.ONE_CLICK_UNSUBSCRIBE))
				.addFilterBefore(SignInThrottle.forForm(delays, limits, tooMany), UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(new NetworkAccessFilter(networks, users, new ProblemResponses(messages, locales)),
						AuthorizationFilter.class)
				.addFilterAfter(new SecondFactorGate(secondFactor), NetworkAccessFilter.class)
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
				.headers(SecurityHeaders.common());
			return http.build();
		}
	}
}
