package lt.tinklas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import lt.tinklas.shared.history.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** What every edit page does with a form, without the application around it. */
class FormFlowTests {

	/** A form as a page binds it. */
	static final class TitleForm {

		private String title;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

	}

	private final TitleForm form = new TitleForm();
	private final BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
	private final ExtendedModelMap model = new ExtendedModelMap();
	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
	private final AtomicInteger saves = new AtomicInteger();

	@Test
	void aValidFormIsSavedAndTheNextPageSaysSo() {
		String next = FormFlow.of(binding, model, redirect).save(this::save, () -> "form");

		assertThat(next).isEqualTo("redirect:/n/demo/records/7");
		assertThat(saves).hasValue(1);
		assertThat(redirect.getFlashAttributes().get("saved")).isEqualTo("common.saved");
	}

	@Test
	void theSavedMessageCanNameTheAction() {
		FormFlow.of(binding, model, redirect).saying("position.sent").save(this::save, () -> "form");

		assertThat(redirect.getFlashAttributes().get("saved")).isEqualTo("position.sent");
	}

	@Test
	void aFormThatDidNotBindIsShownAgainAndNothingIsSaved() {
		binding.rejectValue("title", "NotBlank");

		String next = FormFlow.of(binding, model, redirect).save(this::save, () -> "form");

		assertThat(next).isEqualTo("form");
		assertThat(saves).hasValue(0);
		assertThat(redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void aRuleTheServiceChecksGoesBesideItsField() {
		String next = FormFlow.of(binding, model, redirect).save(() -> {
			throw InvalidInputException.of("title", "common.error.duplicate");
		}, () -> "form");

		assertThat(next).isEqualTo("form");
		assertThat(binding.getFieldError("title").getCode()).isEqualTo("common.error.duplicate");
		assertThat(redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void anEditWithoutTheVersionItWasReadAtIsRefused() {
		String next = FormFlow.of(binding, model, redirect)
			.editing(null, () -> List.of(), () -> 3L)
			.save(this::save, () -> "form");

		assertThat(next).isEqualTo("form");
		assertThat(saves).hasValue(0);
		assertThat(binding.getGlobalError().getCode()).isEqualTo("common.error.versionRequired");
	}

	@Test
	void anEditOfARecordChangedSinceListsTheChangesAndOverwritesNothing() {
		AtomicInteger asked = new AtomicInteger();

		String next = FormFlow.of(binding, model, redirect).editing(2L, () -> {
			asked.incrementAndGet();
			return List.of("title");
		}, () -> 3L).save(() -> {
			throw new StaleEditException(TitleForm.class, 7L, 2L);
		}, () -> "form");

		assertThat(next).isEqualTo("form");
		assertThat(model.getAttribute("staleChanges")).isEqualTo(List.of("title"));
		assertThat(model.getAttribute("currentVersion")).isEqualTo(3L);
		assertThat(redirect.getFlashAttributes()).isEmpty();
		assertThat(asked).hasValue(1);
	}

	@Test
	void theChangesSinceAreAskedOnlyWhenTheRecordChanged() {
		FormFlow.of(binding, model, redirect).editing(2L, () -> {
			throw new AssertionError("asked without a stale edit");
		}, () -> {
			throw new AssertionError("asked without a stale edit");
		}).save(this::save, () -> "form");

		assertThat(saves).hasValue(1);
	}

	@Test
	void aStaleRecordOutsideAnEditIsNotHidden() {
		assertThatThrownBy(() -> FormFlow.of(binding, model, redirect).save(() -> {
			throw new StaleEditException(TitleForm.class, 7L, 2L);
		}, () -> "form")).isInstanceOf(StaleEditException.class);
	}

	private String save() {
		saves.incrementAndGet();
		return "/n/demo/records/7";
	}

}
