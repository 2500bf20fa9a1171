package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/** A form record whose typed value cannot be read comes back whole, beside its binding result. */
class FormRecordBindingTests {

	record Heading(@NotBlank String title, Integer fromYear, Integer toYear,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn, List<Long> parts) {
	}

	@SuppressWarnings("unused")
	void save(@Valid @ModelAttribute("form") Heading form, BindingResult binding) {
	}

	ModelAndViewContainer post(String... pairs) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/headings");
		for (int i = 0; i < pairs.length; i += 2) {
			request.addParameter(pairs[i], pairs[i + 1]);
		}
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(new DefaultFormattingConversionService());
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		initializer.setValidator(validator);
		ModelAndViewContainer container = new ModelAndViewContainer();
		MethodParameter form = new MethodParameter(getClass().getDeclaredMethod("save", Heading.class, BindingResult.class), 0);
		new FormRecordBinding.KeptRecord(new ServletModelAttributeMethodProcessor(false)).resolveArgument(form,
				container, new ServletWebRequest(request), new ServletRequestDataBinderFactory(null, initializer));
		return container;
	}

	static BindingResult binding(ModelAndViewContainer container) {
		return (BindingResult) container.getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
	}

	@Test
	void aValueThatCannotBeReadLeavesOnlyItsOwnFieldEmpty() throws Exception {
		ModelAndViewContainer container = post("title", "Strategy", "fromYear", "20x9", "toYear", "2030",
				"approvedOn", "2025-01-02", "parts", "3", "parts", "4");

		Heading form = (Heading) container.getModel().get("form");
		assertThat(form).isEqualTo(new Heading("Strategy", null, 2030, LocalDate.of(2025, 1, 2), List.of(3L, 4L)));
		BindingResult binding = binding(container);
		assertThat(binding.getTarget()).isSameAs(form);
		assertThat(binding.getFieldError("fromYear").getCode()).isEqualTo("typeMismatch");
		assertThat(binding.getFieldValue("fromYear")).isEqualTo("20x9");
		assertThat(binding.getRawFieldValue("toYear")).isEqualTo(2030);
		assertThat(binding.getFieldValue("approvedOn")).isEqualTo("2025-01-02");

		binding.rejectValue("title", "invalid");
		assertThat(binding.getFieldError("title").getRejectedValue()).isEqualTo("Strategy");
		assertThat(List.copyOf(container.getModel().keySet())).as("the binding result right after its form")
			.endsWith("form", BindingResult.MODEL_KEY_PREFIX + "form");
	}

	@Test
	void theOtherFieldsAreValidatedAsABeansAre() throws Exception {
		BindingResult binding = binding(post("title", " ", "fromYear", "20x9"));

		assertThat(binding.getFieldError("title").getCode()).isEqualTo("NotBlank");
		assertThat(binding.getFieldErrors("fromYear")).as("no second error where the value could not be read")
			.extracting(FieldError::getCode)
			.containsExactly("typeMismatch");
	}

	@Test
	void aFormThatBindsIsLeftAsSpringBuiltIt() throws Exception {
		ModelAndViewContainer container = post("title", "Strategy", "fromYear", "2029");

		BindingResult binding = binding(container);
		assertThat(binding.hasErrors()).isFalse();
		assertThat(binding.getTarget()).isEqualTo(new Heading("Strategy", 2029, null, null, null));
	}
}
