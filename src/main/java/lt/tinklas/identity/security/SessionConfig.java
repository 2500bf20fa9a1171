package lt.tinklas.identity.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.unit.DataSize;

/**
 * Sessions in the database (Spring Session JDBC, set up by Spring Boot from {@code spring.session.*}
 * and {@code server.servlet.session.*}), with an absolute lifetime on top of the idle timeout, and
 * the bound on request bodies, checked before a session is read.
 */
@Configuration
@ConditionalOnWebApplication
class SessionConfig {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesWithRecords() {
		return repository -> repository
			.setConversionService(SessionAttributeSerialization.conversionService(getClass().getClassLoader()));
	}

	@Bean
	FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(
			@Value("${tinklas.session.absolute-timeout:12h}") Duration limit, ObjectProvider<Clock> clock) {
		FilterRegistrationBean<AbsoluteSessionTimeout> registration = new FilterRegistrationBean<>(
				new AbsoluteSessionTimeout(limit, clock.getIfAvailable(Clock::systemUTC)));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${tinklas.api.max-body-size:1MB}") DataSize apiLimit,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit, MessageSource messages,
			UserLocaleResolver locales) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(apiLimit, formLimit, new ProblemResponses(messages, locales)));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}
}
