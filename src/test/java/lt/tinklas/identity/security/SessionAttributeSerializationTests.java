package lt.tinklas.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.shared.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.support.GenericConversionService;

/** Session attributes written to the session table and read back, records that are not Serializable included. */
class SessionAttributeSerializationTests {

	private final GenericConversionService conversion = SessionAttributeSerialization
		.conversionService(getClass().getClassLoader());

	record Row(int number, String text) {
	}

	record Plan(List<Row> rows, Row first, Object[] arguments) {
	}

	@Test
	void recordsInFlashAttributesComeBackEqual() {
		Map<String, Object> flash = new LinkedHashMap<>();
		flash.put("errors", List.of(new InvalidInputException.FieldError("name", "form.error", new Object[] { 3, "a" })));
		Row row = new Row(1, "Vardenis");
		flash.put("plan", new Plan(List.of(row, new Row(2, null)), row, new Object[] { new Row(3, "x") }));
		flash.put("count", 7);

		@SuppressWarnings("unchecked")
		Map<String, Object> read = (Map<String, Object>) conversion.convert(conversion.convert(flash, byte[].class),
				Object.class);

		@SuppressWarnings("unchecked")
		List<InvalidInputException.FieldError> errors = (List<InvalidInputException.FieldError>) read.get("errors");
		assertThat(errors.get(0).field()).isEqualTo("name");
		assertThat(errors.get(0).arguments()).containsExactly(3, "a");
		Plan plan = (Plan) read.get("plan");
		assertThat(plan.rows()).containsExactly(row, new Row(2, null));
		assertThat(plan.first()).isEqualTo(row);
		assertThat(plan.arguments()).containsExactly(new Row(3, "x"));
		assertThat(read.get("count")).isEqualTo(7);
	}

	@Test
	void anObjectThatIsNeitherSerializableNorARecordIsRefused() {
		assertThatThrownBy(() -> conversion.convert(List.of(new Object()), byte[].class))
			.isInstanceOf(ConversionFailedException.class);
	}
}
