package lt.tinklas.shared.replica;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The read replica's parts: the routing of the data source, the fence after a change, and the mark on
 * requests that may read from the replica. None of them does anything when no replica is set.
 */
@Configuration
class ReplicaConfiguration {

	@Bean
	static ReplicaRouting replicaRouting(Environment environment) {
		return new ReplicaRouting(environment);
	}

	/** Inside Spring Security's filters, so that it knows who changed something. */
	@Bean
	FilterRegistrationBean<ReadFences> readFences(ReplicaRouting routing) {
		FilterRegistrationBean<ReadFences> registration = new FilterRegistrationBean<>(
				new ReadFences(routing::primary, routing.settings()));
		registration.setEnabled(routing.configured());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	WebMvcConfigurer replicaReads(ReplicaRouting routing) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				if (routing.configured()) {
					registry.addInterceptor(new MarkReplicaReads());
				}
			}
		};
	}

	/** GET and HEAD requests to a handler marked {@link ReadsFromReplica} may read from the replica. */
	static final class MarkReplicaReads implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
					&& handler instanceof HandlerMethod method
					&& (method.hasMethodAnnotation(ReadsFromReplica.class)
							|| method.getBeanType().isAnnotationPresent(ReadsFromReplica.class))) {
				ReplicaReads.begin(ReadFences.subject());
			}
			return true;
		}

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception failure) {
			ReplicaReads.end();
		}
	}
}
