package lt.tinklas.bench.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The floor needs no sign-in. Its own filter chain, ahead of the pages' and only in the profile
 * {@code bench}, so that no start without the benchmark opens a path to anonymous callers.
 */
@Configuration
@Profile("bench")
class FloorSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain floorFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}
}
