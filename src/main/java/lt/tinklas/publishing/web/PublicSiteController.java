package lt.tinklas.publishing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.networks.NetworkSettings;
import lt.tinklas.networks.Networks;
import lt.tinklas.shared.web.Markdown;
import lt.tinklas.publishing.Site;
import lt.tinklas.reports.AnnualReports.AnnualReport;
import lt.tinklas.reports.AnnualReports.Figure;
import lt.tinklas.reports.AnnualReports;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.NotFoundException;
import lt.tinklas.strategy.Strategies;
import lt.tinklas.strategy.StrategyProgress;
import lt.tinklas.strategy.StrategyView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A network's public site, for anyone: the home page, about, strategy, events, news, media
 * mentions, publications, the published yearly results and contacts. The members directory,
 * projects and the application form are the other modules' public pages, in the same frame.
 */
@ReadsFromReplica
@Controller
class PublicSiteController {

	/** The figures the home page may show from the last published report, in this order: the first six that are not nothing. */
	static final List<String> HOME_FIGURES = List.of("members.activeAtYearEnd", "trainings.count",
			"trainings.participations", "trainings.averageRating", "advocacy.positions", "advocacy.decisionMakerMeetings",
			"advocacy.seatsHeld", "involvement.meetings", "involvement.peoplePresent", "projects.running",
			"projects.participants", "partnerships.agreementsSigned", "partnerships.awardLaureates",
			"partnerships.volunteeringHours");

	private final Site site;
	private final Networks networks;
	private final Events events;
	private final AnnualReports reports;
	private final Strategies strategies;
	private final StrategyProgress progress;
	private final Markdown markdown;
	private final PrivacyNotice privacy;
	private final String baseUrl;

	PublicSiteController(Site site, Networks networks, Events events, AnnualReports reports, Strategies strategies,
			StrategyProgress progress, Markdown markdown, PrivacyNotice privacy,
			@Value("${tinklas.base-url}") String baseUrl) {
		this.privacy = privacy;
		this.baseUrl = baseUrl;
		this.site = site;
		this.networks = networks;
		this.events = events;
		this.reports = reports;
		this.strategies = strategies;
		this.progress = progress;
		this.markdown = markdown;
	}

	@GetMapping("/n/{slug}/public")
	String home(HttpServletRequest request, Model model) {
		model.addAttribute("settings", networks.settings(NetworkContext.of(request).id()));
		List<Integer> published = reports.publishedYears();
		if (!published.isEmpty()) {
			AnnualReport report = reports.report(published.get(0));
			model.addAttribute("report", report);
			Map<String, Figure> byPath = new HashMap<>();
			report.sections().forEach(section -> section.figures().forEach(f -> byPath.put(f.path(), f)));
			model.addAttribute("figures", HOME_FIGURES.stream()
				.map(byPath::get)
				.filter(f -> f != null && isSome(f.value()))
				.limit(6)
				.toList());
		}
		model.addAttribute("upcoming", upcoming().stream().limit(5).toList());
		model.addAttribute("posts", site.publicPosts().stream().limit(3).toList());
		return "publishing/public-home";
	}

	@GetMapping("/n/{slug}/public/about")
	String about(HttpServletRequest request, Model model) {
		NetworkSettings settings = networks.settings(NetworkContext.of(request).id());
		model.addAttribute("settings", settings);
		String language = LocaleContextHolder.getLocale().getLanguage();
		model.addAttribute("values", settings.valueList(language));
		model.addAttribute("valuesLang", "en".equals(language) && settings.valuesEn() != null ? "en" : "lt");
		site.publicPage(Site.ABOUT).ifPresent(page -> page(model, page));
		return "publishing/public-about";
	}

	@GetMapping("/n/{slug}/public/contacts")
	String contacts(HttpServletRequest request, Model model) {
		model.addAttribute("settings", networks.settings(NetworkContext.of(request).id()));
		site.publicPage(Site.CONTACTS).ifPresent(page -> page(model, page));
		return "publishing/public-contacts";
	}

	/** The privacy notice the network wrote, else the general one: never an empty page. */
	@GetMapping("/n/{slug}/public/privacy")
	String privacy(HttpServletRequest request, Model model) {
		Optional<Site.PageView> written = privacy.written();
		if (written.isPresent()) {
			page(model, written.get());
		}
		else {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("pageTitle", privacy.defaultTitle(locale));
			model.addAttribute("pageHtml",
					markdown.html(privacy.defaultText(networks.settings(NetworkContext.of(request).id()), locale)));
			model.addAttribute("pageLang", locale.getLanguage());
		}
		return "publishing/public-privacy";
	}

	@GetMapping("/n/{slug}/public/pages/{page}")
	String page(@PathVariable String page, Model model) {
		page(model, site.publicPage(page).orElseThrow(() -> new NotFoundException("page " + page)));
		return "publishing/public-page";
	}

	private void page(Model model, Site.PageView page) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		model.addAttribute("page", page);
		model.addAttribute("pageTitle", page.title(language));
		model.addAttribute("pageHtml", markdown.html(page.body(language)));
		model.addAttribute("pageLang", "en".equals(language) && page.bodyEn() != null ? "en" : "lt");
		if (page.description(language) != null) {
			model.addAttribute("pageDescription", page.description(language));
		}
	}

	@GetMapping("/n/{slug}/public/strategy")
	String strategy(Model model) {
		Optional<StrategyView> current = strategies.current();
		current.ifPresent(strategy -> {
			model.addAttribute("strategy", strategy);
			model.addAttribute("tree", strategies.tree(strategy.id()));
			// the progress of the strategy's last year that has ended: its figures are final
			int year = Math.min(strategy.toYear(), LocalDate.now(Formats.VILNIUS).getYear() - 1);
			if (year >= strategy.fromYear()) {
				model.addAttribute("progress", progress.dashboard(strategy.id(), year, LocalDate.of(year, 12, 31), null, null));
			}
		});
		return "publishing/public-strategy";
	}

	@GetMapping("/n/{slug}/public/events")
	String events(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("upcoming", upcoming());
		// the past a page at a time, the latest first
		model.addAttribute("past", events.publicPast(LocalDate.now(Formats.VILNIUS), page, 30));
		return "publishing/public-events";
	}

	private List<EventView> upcoming() {
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		return events.publicList(today, today.plusYears(2));
	}

	@GetMapping("/n/{slug}/public/news")
	String news(Model model) {
		model.addAttribute("posts", site.publicPosts());
		return "publishing/public-news";
	}

	@GetMapping("/n/{slug}/public/news/{post}")
	String post(@PathVariable String slug, @PathVariable String post, Model model) {
		Site.PostView view = site.publicPost(post).orElseThrow(() -> new NotFoundException("post " + post));
		String language = LocaleContextHolder.getLocale().getLanguage();
		model.addAttribute("post", view);
		model.addAttribute("pageTitle", view.title(language));
		model.addAttribute("bodyHtml", markdown.html(view.body(language)));
		model.addAttribute("postLang", "en".equals(language) && view.bodyEn() != null ? "en" : "lt");
		if (view.lead(language) != null) {
			model.addAttribute("pageDescription", view.lead(language));
		}
		model.addAttribute("ogType", "article");
		if (view.hasImage()) {
			model.addAttribute("ogImage", baseUrl + "/n/" + slug + "/public/news/" + view.slug() + "/image");
		}
		return "publishing/public-post";
	}

	@GetMapping("/n/{slug}/public/news/{post}/image")
	ResponseEntity<byte[]> image(@PathVariable String post) {
		Site.Image image = site.publicPostImage(post).orElseThrow(() -> new NotFoundException("image " + post));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(image.content());
	}

	@GetMapping("/n/{slug}/public/media")
	String media(Model model) {
		model.addAttribute("mentions", site.mentions());
		return "publishing/public-media";
	}

	@GetMapping("/n/{slug}/public/publications")
	String publications(Model model) {
		model.addAttribute("publications", site.publications());
		return "publishing/public-publications";
	}

	@GetMapping("/n/{slug}/public/publications/{id}/file")
	ResponseEntity<byte[]> publication(@PathVariable long id) {
		Site.FileContent file = site.publicationFile(id).orElseThrow(() -> new NotFoundException("publication " + id));
		return Downloads.file(file.fileName(), MediaType.parseMediaType(file.contentType()), file.content());
	}

	@GetMapping("/n/{slug}/public/results")
	String results(Model model) {
		model.addAttribute("years", reports.publishedYears());
		return "publishing/public-results";
	}

	@GetMapping("/n/{slug}/public/results/{year}")
	String result(@PathVariable String year, Model model) {
		int y = year.matches("\\d{4}") ? Integer.parseInt(year) : -1;
		if (!reports.publishedYears().contains(y)) {
			throw new NotFoundException("published report " + year);
		}
		AnnualReport report = reports.report(y);
		model.addAttribute("report", report);
		model.addAttribute("sections", report.sections()
			.stream()
			.map(section -> new AnnualReports.Section(section.name(),
					section.figures().stream().filter(PublicSiteController::shown).toList()))
			.filter(section -> !section.figures().isEmpty())
			.toList());
		return "publishing/public-result";
	}

	/** A figure worth showing to the public: one that is not nothing in either year. */
	static boolean shown(Figure figure) {
		return isSome(figure.value()) || isSome(figure.previous());
	}

	private static boolean isSome(BigDecimal value) {
		return value != null && value.signum() != 0;
	}
}
