package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import lt.tinklas.demo.DemoAccounts;
import lt.tinklas.organizations.LegalCode;
import lt.tinklas.testing.ApiClient;
import lt.tinklas.testing.TinklasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The description served at /api/docs/openapi.json, read as an integrator's tools read it: valid
 * OpenAPI, every operation named and with every parameter of its path, answers typed, and the
 * problem details it may answer described as the API writes them.
 */
@TinklasTest
class OpenApiDescriptionTests {

	static final List<String> PROBLEM_STATUSES = List.of("400", "401", "403", "404", "409");

	@LocalServerPort
	int port;

	SwaggerParseResult parsed() {
		ApiClient.Response served = ApiClient.anonymous(port).get("/api/docs/openapi.json");
		assertThat(served.status()).isEqualTo(200);
		ParseOptions options = new ParseOptions();
		options.setValidateInternalRefs(true);
		return new OpenAPIV3Parser().readContents(served.body(), null, options);
	}

	/** Each operation with its method and path, e.g. "POST /api/v1/networks/{slug}/events". */
	static Map<String, Operation> operations(OpenAPI api) {
		Map<String, Operation> operations = new TreeMap<>();
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> operations.put(method + " " + path, operation)));
		return operations;
	}

	static ApiResponse resolved(OpenAPI api, ApiResponse response) {
		if (response.get$ref() == null) {
			return response;
		}
		return api.getComponents().getResponses().get(response.get$ref().replace("#/components/responses/", ""));
	}

	@Test
	void theServedDescriptionIsValidOpenApiWithoutASingleMessage() {
		SwaggerParseResult result = parsed();

		assertThat(result.getMessages()).isEmpty();
		assertThat(operations(result.getOpenAPI())).hasSizeGreaterThan(90);
	}

	@Test
	void everyOperationHasAUniqueOperationIdAndDeclaresEachParameterOfItsPath() {
		OpenAPI api = parsed().getOpenAPI();
		Set<String> ids = new HashSet<>();
		List<String> wrong = new ArrayList<>();
		operations(api).forEach((operation, described) -> {
			if (described.getOperationId() == null || !ids.add(described.getOperationId())) {
				wrong.add(operation + " has no unique operationId: " + described.getOperationId());
			}
			for (String variable : OpenApiDescription.variables(operation)) {
				List<Parameter> parameters = described.getParameters() == null ? List.of() : described.getParameters();
				if (parameters.stream()
					.noneMatch(p -> variable.equals(p.getName()) && "path".equals(p.getIn())
							&& Boolean.TRUE.equals(p.getRequired()))) {
					wrong.add(operation + " does not declare {" + variable + "}");
				}
			}
		});

		assertThat(wrong).isEmpty();
		Map<String, Operation> operations = operations(api);
		assertThat(operations.get("POST /api/v1/networks/{slug}/organizations").getOperationId())
			.isEqualTo("organizationsCreate");
		assertThat(operations.get("GET /api/v1/networks/{slug}/reports/annual/{year}.pdf").getOperationId())
			.isEqualTo("annualReportPdf");
		assertThat(operations.get("GET /api/v1/me").getOperationId()).isEqualTo("me");
	}

	@Test
	void answersAreJsonAndFileDownloadsNameTheirFileType() {
		OpenAPI api = parsed().getOpenAPI();
		List<String> untyped = new ArrayList<>();
		operations(api).forEach((operation, described) -> described.getResponses().forEach((status, response) -> {
			ApiResponse answer = resolved(api, response);
			if (answer.getContent() != null && answer.getContent().containsKey("*/*")) {
				untyped.add(operation + " " + status);
			}
		}));

		assertThat(untyped).isEmpty();
		Map<String, Operation> operations = operations(api);
		assertThat(operations.get("GET /api/v1/networks/{slug}/organizations").getResponses().get("200").getContent())
			.containsOnlyKeys("application/json");
		assertThat(operations.get("GET /api/v1/networks/{slug}/reports/annual/{year}.pdf")
			.getResponses()
			.get("200")
			.getContent()).containsOnlyKeys("application/pdf");
		assertThat(operations.get("GET /api/v1/networks/{slug}/reports/annual/{year}.xlsx")
			.getResponses()
			.get("200")
			.getContent()).containsOnlyKeys("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void everyOperationDocumentsTheProblemDetailsItMayAnswer() {
		OpenAPI api = parsed().getOpenAPI();
		// open to anyone signed in, or to anyone at all (a membership application)
		Set<String> withoutRoles = Set.of("GET /api/v1/me", "GET /api/v1/networks",
				"POST /api/v1/networks/{slug}/membership-applications");
		List<String> missing = new ArrayList<>();
		operations(api).forEach((operation, described) -> {
			List<String> expected = new ArrayList<>(List.of("401", "429", "503"));
			if (operation.contains("{")) {
				expected.addAll(List.of("400", "404"));
			}
			if (!operation.startsWith("GET ")) {
				expected.addAll(List.of("400", "409"));
			}
			if (!withoutRoles.contains(operation)) {
				expected.add("403");
			}
			for (String status : expected) {
				ApiResponse response = described.getResponses().get(status);
				if (response == null) {
					missing.add(operation + " " + status);
				}
				else if (!resolved(api, response).getContent().keySet().equals(Set.of("application/problem+json"))
						|| !"#/components/schemas/ProblemDetail"
							.equals(resolved(api, response).getContent().get("application/problem+json").getSchema().get$ref())) {
					missing.add(operation + " " + status + " is not a problem detail");
				}
			}
		});

		assertThat(missing).isEmpty();
		// each status says its own thing: a clash, a rate limit and an unreachable database are told apart
		ApiResponses change = operations(api).get("POST /api/v1/networks/{slug}/organizations").getResponses();
		assertThat(resolved(api, change.get("409")).getDescription()).contains("clashes");
		assertThat(resolved(api, change.get("429")).getDescription()).contains("rate limit");
		assertThat(resolved(api, change.get("503")).getDescription()).contains("database cannot be reached");
		assertThat(operations(api).get("GET /api/v1/networks/{slug}/organizations").getResponses())
			.containsKeys(PROBLEM_STATUSES.subList(0, 4).toArray(String[]::new))
			.doesNotContainKey("409");
	}

	@Test
	void eachOperationDocumentsTheOneSuccessStatusItAnswersWith() {
		Map<String, Operation> operations = operations(parsed().getOpenAPI());
		operations.forEach((name, operation) -> assertThat(
				operation.getResponses().keySet().stream().filter(status -> status.startsWith("2")).toList())
			.as(name)
			.hasSize(1));

		ApiClient admin = ApiClient.basic(port, DemoAccounts.NSMOT_ADMIN.email(), DemoAccounts.PASSWORD);
		ApiClient.Response institution = admin.post("/api/v1/networks/nsmot/institutions",
				"{\"name\":\"Aprašyta ministerija\",\"kind\":\"MINISTRY\"}");
		assertThat(institution.status()).as(institution.body()).isEqualTo(201);
		assertThat(operations.get("POST /api/v1/networks/{slug}/institutions").getResponses()).containsKey("201");
		String code = LegalCode.complete("30000077").orElseThrow();
		ApiClient.Response organization = admin.post("/api/v1/networks/nsmot/organizations",
				"{\"legalCode\":\"" + code + "\",\"name\":\"Aprašyta bendrija\"}");
		assertThat(organization.status()).as(organization.body()).isEqualTo(201);
		assertThat(operations.get("POST /api/v1/networks/{slug}/organizations").getResponses()).containsKey("201");
		ApiClient.Response deleted = admin.delete("/api/v1/networks/nsmot/organizations/" + organization.<Integer>json("$.id"));
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(operations.get("DELETE /api/v1/networks/{slug}/organizations/{id}").getResponses()).containsKey("204");
	}

	@Test
	void theProblemDetailSchemaHasEveryPropertyTheApiAnswersWith() {
		Map<String, Schema> schemas = parsed().getOpenAPI().getComponents().getSchemas();
		Schema<?> problem = schemas.get("ProblemDetail");
		assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "errors",
				"changedMeanwhile");
		assertThat(problem.getProperties().get("errors").getItems().get$ref())
			.isEqualTo("#/components/schemas/ProblemField");
		assertThat(schemas.get("ProblemField").getProperties()).containsOnlyKeys("field", "message");

		ApiClient staff = ApiClient.basic(port, DemoAccounts.NSMOT_STAFF.email(), DemoAccounts.PASSWORD);
		ApiClient.Response invalid = staff.post("/api/v1/networks/nsmot/people", "{\"firstName\":\"Be pavardės\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.<Map<String, Object>>json("$").keySet()).isSubsetOf(problem.getProperties().keySet());
		assertThat(invalid.<Map<String, Object>>json("$.errors[0]").keySet())
			.isEqualTo(schemas.get("ProblemField").getProperties().keySet());
		ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/v1/networks/nsmot/organizations");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.<Map<String, Object>>json("$").keySet()).isSubsetOf(problem.getProperties().keySet());
	}
}
