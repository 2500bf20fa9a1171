package lt.tinklas.publishing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.web.Markdown;
import lt.tinklas.publishing.PublicationKind;
import lt.tinklas.publishing.Site;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public site in the back office: pages and news posts edited with a preview of what the
 * public will see, media mentions and publications added and removed (a removal asks first and
 * stays in the history).
 */
@Controller
@RequestMapping("/n/{slug}/site")
class SiteAdminController {

	private final Site site;
	private final Markdown markdown;
	private final MessageSource messages;
	private final PrivacyNotice privacy;
	private final Networks networks;
	private final Kind<PageForm, Site.PageView> pages;
	private final Kind<PostForm, Site.PostView> posts;

	SiteAdminController(Site site, Markdown markdown, MessageSource messages, PrivacyNotice privacy,
			Networks networks) {
		this.site = site;
		this.privacy = privacy;
		this.networks = networks;
		this.markdown = markdown;
		this.messages = messages;
		this.pages = new Kind<>("pages", "page", site::page, PageForm::of, site::pageHistory, Site.PageView::version,
				form -> site.createPage(form.data()).id(), (id, form) -> site.updatePage(id, form.version(), form.data()),
				site::pageChangedSince, site::deletePage);
		this.posts = new Kind<>("posts", "post", site::post, PostForm::of, site::postHistory, Site.PostView::version,
				form -> site.createPost(form.data()).id(), (id, form) -> site.updatePost(id, form.version(), form.data()),
				site::postChangedSince, site::deletePost);
	}

	@GetMapping
	@Readers
	String overview(@RequestParam(required = false) String state, Model model) {
		Site.PostStatus chosen = Arrays.stream(Site.PostStatus.values())
			.filter(s -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("pages", site.pages());
		model.addAttribute("posts", site.posts().stream().filter(p -> chosen == null || p.status() == chosen).toList());
		model.addAttribute("states", Site.PostStatus.values());
		model.addAttribute("state", chosen);
		model.addAttribute("mentions", site.mentions());
		model.addAttribute("publications", site.publications());
		model.addAttribute("kinds", PublicationKind.values());
		return "publishing/admin";
	}

	// ---- pages and posts: each added, edited, previewed and deleted the same way

	@GetMapping("/pages/new")
	@Keepers
	String newPage(Model model) {
		model.addAttribute("form", PageForm.empty());
		return pages.template();
	}

	/**
	 * The privacy notice, a page with the address {@code privacy}: edited as any page once written;
	 * before that a new page filled with the general notice, for the keepers to adapt and publish.
	 */
	@GetMapping("/privacy")
	@Keepers
	String privacyNotice(@PathVariable String slug, HttpServletRequest request, Model model) {
		Optional<Site.PageView> page = site.pages().stream().filter(p -> p.slug().equals(Site.PRIVACY)).findFirst();
		if (page.isPresent()) {
			return "redirect:/n/" + slug + "/site/pages/" + page.get().id();
		}
		NetworkSettings settings = networks.settings(NetworkContext.of(request).id());
		Locale lt = Locale.forLanguageTag("lt");
		Locale en = Locale.forLanguageTag("en");
		model.addAttribute("form", new PageForm(Site.PRIVACY, privacy.defaultTitle(lt), privacy.defaultTitle(en), null,
				null, privacy.defaultText(settings, lt), privacy.defaultText(settings, en), false, 90, null));
		return pages.template();
	}

	@PostMapping("/pages")
	@Keepers
	String createPage(@PathVariable String slug, @ModelAttribute("form") PageForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
		return create(pages, slug, form, binding, action, model, redirect);
	}

	@GetMapping("/pages/{id}")
	@Keepers
	String page(@PathVariable long id, Model model) {
		return edit(pages, id, model);
	}

	@PostMapping("/pages/{id}")
	@Keepers
	String updatePage(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PageForm form,
			BindingResult binding, @RequestParam(required = false) String action, Model model,
			RedirectAttributes redirect) {
		return update(pages, slug, id, form, binding, action, model, redirect);
	}

	@PostMapping("/pages/{id}/delete")
	@Keepers
	String deletePage(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		return delete(pages, slug, id, redirect);
	}

	@GetMapping("/posts/new")
	@Keepers
	String newPost(Model model) {
		model.addAttribute("form", PostForm.empty());
		return posts.template();
	}

	@PostMapping("/posts")
	@Keepers
	String createPost(@PathVariable String slug, @ModelAttribute("form") PostForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
		return create(posts, slug, form, binding, action, model, redirect);
	}

	@GetMapping("/posts/{id}")
	@Keepers
	String post(@PathVariable long id, Model model) {
		return edit(posts, id, model);
	}

	@PostMapping("/posts/{id}")
	@Keepers
	String updatePost(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PostForm form,
			BindingResult binding, @RequestParam(required = false) String action, Model model,
			RedirectAttributes redirect) {
		return update(posts, slug, id, form, binding, action, model, redirect);
	}

	@PostMapping("/posts/{id}/delete")
	@Keepers
	String deletePost(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		return delete(posts, slug, id, redirect);
	}

	@GetMapping("/posts/{id}/image")
	@Keepers
	ResponseEntity<byte[]> postImage(@PathVariable long id) {
		Site.Image image = site.postImage(id).orElseThrow(() -> new NotFoundException("image of post " + id));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(image.content());
	}

	/** Saves a new text; with {@code action=preview} shows it as the public will see it instead. */
	private <F extends SiteTextForm, V> String create(Kind<F, V> kind, String slug, F form, BindingResult binding,
			String action, Model model, RedirectAttributes redirect) {
		if ("preview".equals(action)) {
			return preview(kind, form, model, null, null);
		}
		return FormFlow.of(binding, model, redirect)
			.save(() -> "/n/" + slug + "/site/" + kind.path() + "/" + kind.create().apply(form), kind::template);
	}

	private <F extends SiteTextForm, V> String edit(Kind<F, V> kind, long id, Model model) {
		V text = kind.read().apply(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", kind.form().apply(text));
		}
		model.addAttribute(kind.name(), text);
		model.addAttribute("history", kind.history().apply(id));
		return kind.template();
	}

	/** Saves an edit read at the form's version; with {@code action=preview} shows it as the public will see it instead. */
	private <F extends SiteTextForm, V> String update(Kind<F, V> kind, String slug, long id, F form,
			BindingResult binding, String action, Model model, RedirectAttributes redirect) {
		V text = kind.read().apply(id);
		if ("preview".equals(action)) {
			return preview(kind, form, model, id, text);
		}
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> kind.changedSince().apply(id, form.version()), () -> kind.version().apply(text))
			.save(() -> {
				kind.update().accept(id, form);
				return "/n/" + slug + "/site/" + kind.path() + "/" + id;
			}, () -> edit(kind, id, model));
	}

	private <F extends SiteTextForm, V> String preview(Kind<F, V> kind, F form, Model model, Long id, V text) {
		model.addAttribute("previewHtml", markdown.html(form.body()));
		model.addAttribute("previewHtmlEn", markdown.html(form.bodyEn()));
		if (text != null) {
			model.addAttribute(kind.name(), text);
			model.addAttribute("history", kind.history().apply(id));
		}
		return kind.template();
	}

	private String delete(Kind<?, ?> kind, String slug, long id, RedirectAttributes redirect) {
		kind.delete().accept(id);
		redirect.addFlashAttribute("saved", "site.deleted");
		return "redirect:/n/" + slug + "/site";
	}

	/**
	 * A kind of text the site shows, pages or posts: its address under the site, the name its
	 * template knows it by, and how it is read, changed and deleted.
	 */
	private record Kind<F extends SiteTextForm, V>(String path, String name, LongFunction<V> read,
			Function<V, F> form, LongFunction<List<HistoryEntry>> history, Function<V, Long> version,
			Function<F, Long> create, BiConsumer<Long, F> update, BiFunction<Long, Long, List<FieldChange>> changedSince,
			LongConsumer delete) {

		String template() {
			return "publishing/" + name + "-form";
		}
	}

	// ---- media mentions and publications

	@PostMapping("/mentions")
	@Keepers
	String addMention(@PathVariable String slug, @RequestParam(required = false) String outlet,
			@RequestParam(required = false) String title, @RequestParam(required = false) String url,
			@RequestParam(required = false) String mentionedOn, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("outlet", value(outlet), "mentionTitle", value(title), "url", value(url),
				"mentionedOn", value(mentionedOn));
		try {
			site.addMention(outlet, title, url, date(mentionedOn));
			redirect.addFlashAttribute("saved", "site.mentionAdded");
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, typed, "mention");
		}
		return "redirect:/n/" + slug + "/site#mentions";
	}

	@PostMapping("/mentions/{id}/delete")
	@Keepers
	String deleteMention(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		site.deleteMention(id);
		redirect.addFlashAttribute("saved", "site.deleted");
		return "redirect:/n/" + slug + "/site#mentions";
	}

	@PostMapping("/publications")
	@Keepers
	String addPublication(@PathVariable String slug, @RequestParam(required = false) String title,
			@RequestParam(required = false) String titleEn, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String year, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		Map<String, String> typed = Map.of("publicationTitle", value(title), "publicationTitleEn", value(titleEn),
				"kind", value(kind), "year", value(year));
		try {
			site.addPublication(title, titleEn, kind(kind), year(year), file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			redirect.addFlashAttribute("saved", "site.publicationAdded");
		}
		catch (InvalidInputException e) {
			refuse(e, redirect, typed, "publication");
		}
		return "redirect:/n/" + slug + "/site#publications";
	}

	@PostMapping("/publications/{id}/delete")
	@Keepers
	String deletePublication(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		site.deletePublication(id);
		redirect.addFlashAttribute("saved", "site.deleted");
		return "redirect:/n/" + slug + "/site#publications";
	}

	@GetMapping("/publications/{id}/file")
	@Readers
	ResponseEntity<byte[]> publication(@PathVariable long id) {
		Site.FileContent file = site.publicationFile(id).orElseThrow(() -> new NotFoundException("publication " + id));
		return Downloads.file(file.fileName(), MediaType.parseMediaType(file.contentType()),
				file.content());
	}

	/** The errors by field, named with the form's prefix ("mention", "publication") where the two forms share a name. */
	private void refuse(InvalidInputException e, RedirectAttributes redirect, Map<String, String> typed, String form) {
		Map<String, String> byField = new LinkedHashMap<>();
		e.errors().forEach(error -> {
			String field = error.field().equals("title") || error.field().equals("titleEn")
					? form + Character.toUpperCase(error.field().charAt(0)) + error.field().substring(1) : error.field();
			String text = error.messageKey() == null ? String.valueOf(error.arguments()[0])
					: messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale());
			byField.merge(field, text, (a, b) -> a + " " + b);
		});
		redirect.addFlashAttribute("fieldErrors", byField);
		redirect.addFlashAttribute("typed", typed);
		redirect.addFlashAttribute("flashError", "form.hasErrors");
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of("mentionedOn", "publishing.error.date");
		}
	}

	private static Integer year(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("year", "publishing.error.year", "1990", String.valueOf(LocalDate.now().getYear() + 1));
		}
	}

	private static PublicationKind kind(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return PublicationKind.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("kind", "publishing.error.required");
		}
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}
}
