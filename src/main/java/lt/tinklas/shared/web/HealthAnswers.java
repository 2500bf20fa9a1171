package lt.tinklas.shared.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.health.actuate.endpoint.SystemHealthDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * What {@code /actuator/health} tells anyone who asks: {@code {"status":"UP"}} and nothing more.
 * Components and details are never shown (application.properties); this leaves out also the names
 * of the health groups, which Actuator lists at the root. Otherwise the JSON is written as
 * Actuator's own endpoint mapper writes it (no null fields).
 */
@Configuration(proxyBeanMethods = false)
class HealthAnswers {

	@Bean
	@Primary
	EndpointJsonMapper healthWithoutGroupNames() {
		JsonMapper mapper = JsonMapper.builder()
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.addMixIn(SystemHealthDescriptor.class, WithoutGroupNames.class)
			.build();
		return () -> mapper;
	}

	@JsonIgnoreProperties("groups")
	private interface WithoutGroupNames {
	}
}
