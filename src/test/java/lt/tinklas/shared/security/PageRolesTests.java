package lt.tinklas.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** A page asks for a role group by its name ({@code #roles.keepers}), never for roles. */
class PageRolesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final String PAGE = """
			<p th:if="${#roles.keepers}">keepers</p><p th:if="${#roles.keepersAndRepresentatives}">with representatives</p>\
			<p th:unless="${#roles.keepers}">others</p>""";

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPageShowsWhatTheUsersGroupsAllow() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("rep", null, "ROLE_USER", "ROLE_MEMBER_REP"));
		assertThat(render()).isEqualTo("<p>with representatives</p><p>others</p>");
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("staff", null, "ROLE_USER", "ROLE_STAFF"));
		assertThat(render()).isEqualTo("<p>keepers</p><p>with representatives</p>");
		SecurityContextHolder.clearContext();
		assertThat(render()).isEqualTo("<p>others</p>");
	}

	@Test
	void templatesNameRoleGroupsNeverRoles() throws IOException {
		Set<String> groups = Arrays.stream(PageRoles.class.getDeclaredMethods())
			.map(Method::getName)
			.filter(name -> name.startsWith("is"))
			.map(name -> Character.toLowerCase(name.charAt(2)) + name.substring(3))
			.collect(Collectors.toSet());
		Pattern asked = Pattern.compile("#roles\\.(\\w+)");
		Pattern roles = Pattern.compile("has(Any)?(Role|Authority)\\(");
		Set<String> roleStrings = new TreeSet<>();
		Set<String> unknown = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String template = Files.readString(file);
				if (roles.matcher(template).find()) {
					roleStrings.add(TEMPLATES.relativize(file).toString());
				}
				Matcher matcher = asked.matcher(template);
				while (matcher.find()) {
					if (!groups.contains(matcher.group(1))) {
						unknown.add(TEMPLATES.relativize(file) + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(roleStrings).as("templates that write roles instead of #roles").isEmpty();
		assertThat(unknown).as("groups #roles does not have").isEmpty();
	}

	private static String render() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new RolesDialect());
		return engine.process(PAGE, new Context());
	}
}
