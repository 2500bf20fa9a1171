package lt.tinklas.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API's description at /api/docs: how to sign in, how errors look. */
@Configuration
class OpenApiDescription {

	@Bean
	OpenAPI tinklasApi() {
		return new OpenAPI()
			.info(new Info().title("Tinklas API")
				.version("v1")
				.description("""
						The REST API of Tinklas. Network records live under /api/v1/networks/{slug}/...; \
						JSON fields are in camelCase. Sign in with HTTP Basic (e-mail and password) or \
						with a personal token (Authorization: Bearer <token>, created on the account page). \
						Errors are RFC 9457 problem details in the caller's language (Accept-Language: lt or en); \
						a 400 lists each invalid field in `errors` as {field, message}. A network you have no \
						role in answers 404. Editable records carry a `version`: a save over a stale version \
						answers 409 with the fields changed meanwhile in `changedMeanwhile`."""))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
