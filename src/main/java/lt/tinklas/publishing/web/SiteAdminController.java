package lt.tinklas.publishing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import lt.tinklas.publishing.application.Markdown;
import lt.tinklas.publishing.PublicationKind;
import lt.tinklas.publishing.Site;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.FormFlow;
import lt.tinklas.shared.web.InvalidInputException;
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

	SiteAdminController(Site site, Markdown markdown, MessageSource messages) {
		this.site = site;
		this.markdown = markdown;
		this.messages = messages;
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

	// ---- pages

	@GetMapping("/pages/new")
	@Keepers
	String newPage(Model model) {
		model.addAttribute("form", PageForm.empty());
		return "publishing/page-form";
	}

	@PostMapping("/pages")
	@Keepers
	String createPage(@PathVariable String slug, @ModelAttribute("form") PageForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
		if ("preview".equals(action)) {
			return previewPage(form, model, null);
		}
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				Site.PageView page = site.createPage(form.data());
				return "/n/" + slug + "/site/pages/" + page.id();
			}, () -> "publishing/page-form");
	}

	@GetMapping("/pages/{id}")
	@Keepers
	String page(@PathVariable long id, Model model) {
		Site.PageView page = site.page(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PageForm.of(page));
		}
		model.addAttribute("page", page);
		model.addAttribute("history", site.pageHistory(id));
		return "publishing/page-form";
	}

	@PostMapping("/pages/{id}")
	@Keepers
	String updatePage(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PageForm form,
			BindingResult binding, @RequestParam(required = false) String action, Model model,
			RedirectAttributes redirect) {
		Site.PageView page = site.page(id);
		if ("preview".equals(action)) {
			return previewPage(form, model, page);
		}
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> site.pageChangedSince(id, form.version()),
					() -> page.version())
			.save(() -> {
				site.updatePage(id, form.version(), form.data());
				return "/n/" + slug + "/site/pages/" + id;
			}, () -> page(id, model));
	}

	private String previewPage(PageForm form, Model model, Site.PageView page) {
		model.addAttribute("previewHtml", markdown.html(form.body()));
		model.addAttribute("previewHtmlEn", markdown.html(form.bodyEn()));
		if (page != null) {
			model.addAttribute("page", page);
			model.addAttribute("history", site.pageHistory(page.id()));
		}
		return "publishing/page-form";
	}

	@PostMapping("/pages/{id}/delete")
	@Keepers
	String deletePage(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		site.deletePage(id);
		redirect.addFlashAttribute("saved", "site.deleted");
		return "redirect:/n/" + slug + "/site";
	}

	// ---- posts

	@GetMapping("/posts/new")
	@Keepers
	String newPost(Model model) {
		model.addAttribute("form", PostForm.empty());
		return "publishing/post-form";
	}

	@PostMapping("/posts")
	@Keepers
	String createPost(@PathVariable String slug, @ModelAttribute("form") PostForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
		if ("preview".equals(action)) {
			return previewPost(form, model, null);
		}
		return FormFlow.of(binding, model, redirect)
			.save(() -> {
				Site.PostView post = site.createPost(form.data());
				return "/n/" + slug + "/site/posts/" + post.id();
			}, () -> "publishing/post-form");
	}

	@GetMapping("/posts/{id}")
	@Keepers
	String post(@PathVariable long id, Model model) {
		Site.PostView post = site.post(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PostForm.of(post));
		}
		model.addAttribute("post", post);
		model.addAttribute("history", site.postHistory(id));
		return "publishing/post-form";
	}

	@PostMapping("/posts/{id}")
	@Keepers
	String updatePost(@PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PostForm form,
			BindingResult binding, @RequestParam(required = false) String action, Model model,
			RedirectAttributes redirect) {
		Site.PostView post = site.post(id);
		if ("preview".equals(action)) {
			return previewPost(form, model, post);
		}
		return FormFlow.of(binding, model, redirect)
			.editing(form.version(), () -> site.postChangedSince(id, form.version()),
					() -> post.version())
			.save(() -> {
				site.updatePost(id, form.version(), form.data());
				return "/n/" + slug + "/site/posts/" + id;
			}, () -> post(id, model));
	}

	private String previewPost(PostForm form, Model model, Site.PostView post) {
		model.addAttribute("previewHtml", markdown.html(form.body()));
		model.addAttribute("previewHtmlEn", markdown.html(form.bodyEn()));
		if (post != null) {
			model.addAttribute("post", post);
			model.addAttribute("history", site.postHistory(post.id()));
		}
		return "publishing/post-form";
	}

	@GetMapping("/posts/{id}/image")
	@Keepers
	ResponseEntity<byte[]> postImage(@PathVariable long id) {
		Site.Image image = site.postImage(id).orElseThrow(() -> new NotFoundException("image of post " + id));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(image.content());
	}

	@PostMapping("/posts/{id}/delete")
	@Keepers
	String deletePost(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		site.deletePost(id);
		redirect.addFlashAttribute("saved", "site.deleted");
		return "redirect:/n/" + slug + "/site";
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
