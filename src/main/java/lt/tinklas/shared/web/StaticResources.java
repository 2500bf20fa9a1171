package lt.tinklas.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each under its own prefix: Tinklas's stylesheet and script, and the webjars
 * (Bootstrap, htmx) by their version-free addresses. Spring Boot's default maps every address
 * ({@code /**}) to the static folders, and then every link a page writes is looked up in the
 * classpath to see whether it is a static file: more than half of a page's time. With
 * {@code spring.web.resources.add-mappings=false} only these prefixes are static.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
