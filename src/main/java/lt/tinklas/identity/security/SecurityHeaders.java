package lt.tinklas.identity.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries, pages and API alike, besides Spring Security's defaults (which
 * already send HSTS on HTTPS, also behind a trusted proxy that says HTTPS): no full address of a
 * page sent to other sites, and the browser features Tinklas does not use turned off (passkeys,
 * {@code publickey-credentials-*}, stay allowed).
 */
final class SecurityHeaders {

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
			+ "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), screen-wake-lock=(), "
			+ "serial=(), usb=(), xr-spatial-tracking=()";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> common() {
		return headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}
}
