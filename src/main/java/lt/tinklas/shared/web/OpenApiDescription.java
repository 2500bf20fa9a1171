package lt.tinklas.shared.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The REST API's description at /api/docs: how to sign in, how errors look. Rules that hold for
 * every operation are written here once, not on each controller method: each operation declares
 * every parameter of its path, has an {@code operationId} made of its controller and method names
 * ({@code OrganizationsApi.create} is {@code organizationsCreate}), and documents the problem details
 * it may answer.
 */
@Configuration
class OpenApiDescription {

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** The problem responses, by status: when each is documented is decided in {@link #problems()}. */
	private static final Map<String, String> PROBLEMS = Map.of(
			"400", "Invalid input: each invalid field in `errors` as {field, message}; a value of the wrong type names the allowed values or the expected form; text holding the NUL character (U+0000) and a number beyond its field's type (2147483648 for a whole number) are refused as their field's error.",
			"401", "Not signed in, wrong credentials, or a token that is unknown, expired or revoked (the detail says which).",
			"403", "The caller's role in the network does not allow this, or a read-only token asks to change something.",
			"404", "No such record, or a network in which the caller has no role.",
			"409", "It clashes with what is recorded (a duplicate, a second decision), or the version is stale: the fields changed meanwhile are in `changedMeanwhile`.",
			"429", "Over a rate limit (calls of one user or token, failed sign-ins, applications from one address): wait the seconds in the Retry-After header, also in `retryAfter`.",
			"503", "The database cannot be reached for a moment (a restart, a fail-over); nothing was changed: try again after the seconds in the Retry-After header, also in `retryAfter`.");

	@Bean
	OpenAPI tinklasApi() {
		return new OpenAPI()
			.info(new Info().title("Tinklas API")
				.version("v1")
				.description("""
						The REST API of Tinklas. Network records live under /api/v1/networks/{slug}/...; \
						JSON fields are in camelCase. Sign in with HTTP Basic (e-mail and password) or \
						with a personal token (Authorization: Bearer <token>, created on the account page). \
						A token reaches one network (calls to another network answer 404, and /api/v1/networks \
						lists only its own; /api/v1/me works with any token) or, only for the platform admin, every \
						network; it is read-only (POST, PUT, PATCH and DELETE answer 403) or may also change \
						records; it expires on the day its owner chose, by default in 90 days and at most a year \
						after it was made; its owner sees when and from which address it was last used and may \
						revoke it. An unknown, expired or revoked token answers 401 with a detail saying which. \
						A 401 challenges for a token (WWW-Authenticate: Bearer), never for a password, so a \
						browser does not keep one. A call that changes something (POST, PUT, PATCH, DELETE) must \
						carry an Authorization header or a Content-Type other than a form's \
						(application/x-www-form-urlencoded, multipart/form-data, text/plain): application/json \
						for a body; without either it answers 415, so another site's form cannot make it. \
						Prefer a token for anything that calls often: HTTP Basic checks the password with bcrypt \
						on every call, which costs tens of milliseconds by design (it makes guessing passwords \
						slow), while a token is checked by its hash in well under a millisecond. \
						Errors are RFC 9457 problem details (application/problem+json, schema ProblemDetail) in \
						the caller's language (Accept-Language: lt or en); a 400 lists each invalid field in \
						`errors` as {field, message}, a nested field by its full path (affiliations[0].from); a \
						value of the wrong type says the allowed values or the expected form (2026-01-22); text may not \
						hold the NUL character (U+0000), and a number must fit its field's type. A \
						network you have no role in answers 404. Editable records carry a `version`: a save over \
						a stale version answers 409 with the fields changed meanwhile in `changedMeanwhile`. \
						Calls are limited per user or token (1200 a minute unless set otherwise), and failed \
						HTTP Basic sign-ins make the next try of that e-mail or address wait longer and longer: \
						over a limit the answer is 429 with a Retry-After header in seconds. \
						Each operationId is the controller's name and the method's, stable across releases."""))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A personal token from the account page: one network (or, for the platform admin, "
							+ "every network), read-only or read-write, valid until the day chosen (90 days by "
							+ "default, at most a year); revocable.")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	/**
	 * A stable, unique operationId from the controller and method names, unless the method names one
	 * itself; 403 where a role is required.
	 */
	@Bean
	OperationCustomizer operationIdsAndRoles() {
		return (operation, handler) -> {
			io.swagger.v3.oas.annotations.Operation given = handler
				.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
			if (given == null || !StringUtils.hasText(given.operationId())) {
				operation.setOperationId(operationId(handler));
			}
			if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
				problem(operation, "403");
			}
			return operation;
		};
	}

	/** {@code OrganizationsApi.create} is organizationsCreate; {@code MeApi.me} is me, not meMe. */
	static String operationId(HandlerMethod handler) {
		String controller = StringUtils.uncapitalize(handler.getBeanType().getSimpleName().replaceFirst("Api$", ""));
		String method = StringUtils.capitalize(handler.getMethod().getName());
		return controller.endsWith(method) || controller.equalsIgnoreCase(method) ? controller : controller + method;
	}

	/**
	 * Declares each {@code {variable}} of a path in each of its operations (the network's slug is read
	 * by a filter, so most methods do not name it), and documents the problem details: 400 where there
	 * is input, 401, 429 and 503 everywhere, 404 where the path names a record or a network, 409 on every change.
	 */
	@Bean
	OpenApiCustomizer problems() {
		return api -> {
			Components components = api.getComponents() == null ? new Components() : api.getComponents();
			api.components(components);
			ModelConverters.getInstance(true)
				.readAll(new AnnotatedType(Problem.class))
				.forEach(components::addSchemas);
			PROBLEMS.forEach((status, description) -> components.addResponses(responseName(status),
					new ApiResponse().description(description)
						.content(new Content().addMediaType(PROBLEM_JSON,
								new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>()
									.$ref("#/components/schemas/ProblemDetail"))))));
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				List<String> variables = variables(path);
				variables.forEach(name -> declare(operation, name));
				boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
				if (operation.getRequestBody() != null
						|| (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
					problem(operation, "400");
				}
				problem(operation, "401");
				problem(operation, "429");
				problem(operation, "503");
				if (!variables.isEmpty()) {
					problem(operation, "404");
				}
				if (change) {
					problem(operation, "409");
				}
			}));
		};
	}

	static List<String> variables(String path) {
		Matcher matcher = PATH_VARIABLE.matcher(path);
		List<String> names = new ArrayList<>();
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static void declare(Operation operation, String name) {
		Parameter declared = operation.getParameters() == null ? null
				: operation.getParameters()
					.stream()
					.filter(p -> name.equals(p.getName()) && "path".equals(p.getIn()))
					.findFirst()
					.orElse(null);
		if (declared == null) {
			declared = new PathParameter().name(name).schema(new StringSchema());
			operation.addParametersItem(declared);
		}
		declared.setRequired(true);
		if ("slug".equals(name) && declared.getDescription() == null) {
			declared.setDescription("The network's short name in its addresses, e.g. nsmot.");
		}
	}

	private static void problem(Operation operation, String status) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.putIfAbsent(status, new ApiResponse().$ref("#/components/responses/" + responseName(status)));
	}

	private static String responseName(String status) {
		return switch (status) {
			case "400" -> "BadRequest";
			case "401" -> "Unauthorized";
			case "403" -> "Forbidden";
			case "404" -> "NotFound";
			case "409" -> "Conflict";
			case "429" -> "TooManyRequests";
			case "503" -> "ServiceUnavailable";
			default -> throw new IllegalArgumentException("No problem response for " + status);
		};
	}

	/** An error as {@code ApiProblems} and the security filters write it (RFC 9457). */
	@Schema(name = "ProblemDetail", description = "An error (RFC 9457), in the caller's language.")
	record Problem(@Schema(description = "Always about:blank.", requiredMode = REQUIRED) URI type,
			@Schema(description = "A short title of the kind of error.", requiredMode = REQUIRED) String title,
			@Schema(description = "The HTTP status.", requiredMode = REQUIRED) int status,
			@Schema(description = "What went wrong, for a person to read.", requiredMode = REQUIRED) String detail,
			@Schema(description = "The path of the request.") URI instance,
			@Schema(description = "On 400: one entry per invalid field.") List<ProblemField> errors,
			@Schema(description = "On 409 for a stale version: the fields another user changed meanwhile.") List<ChangedField> changedMeanwhile) {
	}

	/** A field changed since the editor's version, as a 409 for a stale save lists it. */
	@Schema(name = "ChangedField")
	record ChangedField(String field, String from, String to) {
	}
}
