package lt.tinklas.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Each role annotation admits exactly its group's roles: its {@code @PreAuthorize}, evaluated as
 * Spring Security evaluates it, and {@link RoleGroup#includes} answer alike for every role alone.
 */
class RoleGroupTests {

	@Test
	void eachAnnotationAdmitsTheRolesItsGroupNames() {
		Set<String> roles = Stream.concat(Arrays.stream(RoleGroup.values()).flatMap(group -> group.roles().stream()),
				Stream.of("USER"))
			.collect(Collectors.toCollection(TreeSet::new));
		for (RoleGroup group : RoleGroup.values()) {
			String expression = group.annotation().getAnnotation(PreAuthorize.class).value();
			for (String role : roles) {
				Authentication user = new TestingAuthenticationToken("user", null, "ROLE_" + role);
				assertThat(admits(expression, user)).as("%s as %s", group.annotation().getSimpleName(), role)
					.isEqualTo(group.roles().contains(role))
					.isEqualTo(group.includes(user.getAuthorities()));
			}
		}
	}

	@Test
	void everyRoleAnnotationHasItsGroup() {
		Set<String> annotations = new ClassFileImporter().importPackages(RoleGroup.class.getPackageName())
			.stream()
			.filter(type -> type.isAnnotation() && type.isAnnotatedWith(PreAuthorize.class))
			.map(JavaClass::getSimpleName)
			.collect(Collectors.toSet());
		assertThat(annotations).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(RoleGroup.values()).map(group -> group.annotation().getSimpleName()).toList());
	}

	private static boolean admits(String expression, Authentication user) {
		SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(() -> user, null) {
		};
		return new SpelExpressionParser().parseExpression(expression)
			.getValue(new StandardEvaluationContext(root), Boolean.class);
	}
}
