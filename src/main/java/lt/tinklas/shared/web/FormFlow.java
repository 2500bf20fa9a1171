package lt.tinklas.shared.web;

import java.util.function.Supplier;

import lt.tinklas.shared.history.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page saves a form. With what was typed bound, it saves when nothing is wrong and
 * sends the browser to the saved record, which then says it was saved; otherwise it shows the form
 * again with what was typed and what is wrong with each field. An edit carries the version of the
 * record it was read at: without it nothing is saved, and when someone saved the record since, the
 * form comes back with their changes listed ({@code staleChanges}, {@code currentVersion}) and
 * nothing is overwritten.
 *
 * <pre>
 * return FormFlow.of(binding, model, redirect)
 * 	.editing(form.version(), () -&gt; agreements.changedSince(id, form.version()), () -&gt; agreements.get(id).version())
 * 	.save(() -&gt; {
 * 		agreements.update(id, form.version(), form.toData());
 * 		return "/n/" + slug + "/municipal-agreements/" + id;
 * 	}, () -&gt; edit(id, model));
 * </pre>
 */
public final class FormFlow {

	private final BindingResult binding;
	private final Model model;
	private final RedirectAttributes redirect;
	private boolean editing;
	private Long version;
	private Supplier<?> changedSince;
	private Supplier<Long> currentVersion;
	private String savedKey = "common.saved";

	private FormFlow(BindingResult binding, Model model, RedirectAttributes redirect) {
		this.binding = binding;
		this.model = model;
		this.redirect = redirect;
	}

	public static FormFlow of(BindingResult binding, Model model, RedirectAttributes redirect) {
		return new FormFlow(binding, model, redirect);
	}

	/**
	 * An edit of a record read at {@code version}: what changed since and the record's version now
	 * are asked only when a save finds the record changed.
	 */
	public FormFlow editing(Long version, Supplier<?> changedSince, Supplier<Long> currentVersion) {
		this.editing = true;
		this.version = version;
		this.changedSince = changedSince;
		this.currentVersion = currentVersion;
		return this;
	}

	/** The message key the next page says after saving, instead of "Saved". */
	public FormFlow saying(String savedKey) {
		this.savedKey = savedKey;
		return this;
	}

	/**
	 * Saves with {@code save}, which answers the address to go to after it, or shows the form again
	 * with {@code form}: when the typed values did not bind, the service refused them (each refusal
	 * goes to its field) or the record changed since it was read.
	 */
	public String save(Supplier<String> save, Supplier<String> form) {
		if (editing && version == null) {
			binding.reject("common.error.versionRequired");
		}
		if (!binding.hasErrors()) {
			try {
				String next = save.get();
				redirect.addFlashAttribute("saved", savedKey);
				return "redirect:" + next;
			}
			catch (InvalidInputException e) {
				e.applyTo(binding);
			}
			catch (DataIntegrityViolationException e) {
				// a text too long for its column, or one PostgreSQL cannot store: refused at its field
				if (!FormText.rejectUnstorable(binding, e)) {
					throw e;
				}
			}
			catch (StaleEditException e) {
				if (!editing) {
					throw e;
				}
				model.addAttribute("staleChanges", changedSince.get());
				model.addAttribute("currentVersion", currentVersion.get());
			}
		}
		return form.get();
	}
}
