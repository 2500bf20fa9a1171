package lt.tinklas.shared.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** One invalid field of a request, as a 400 problem detail lists it in {@code errors}. */
@Schema(name = "ProblemField")
record ProblemField(
		@Schema(description = "The field's path in the request body (affiliations[0].from) or a parameter's name.",
				requiredMode = REQUIRED) String field,
		@Schema(description = "What is wrong with it, in the caller's language.", requiredMode = REQUIRED) String message) {
}
