package lt.tinklas.growth.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.growth.application.Campaigns;
import lt.tinklas.growth.application.GrowthSettingsService;
import lt.tinklas.growth.application.Prospects;
import lt.tinklas.growth.application.RegisterExtracts;
import lt.tinklas.growth.application.WhiteSpots;
import lt.tinklas.growth.application.WhiteSpots.WhiteSpotFilter;
import lt.tinklas.growth.domain.Delivery;
import lt.tinklas.organizations.Municipalities;
import lt.tinklas.shared.map.MunicipalityMap;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the network's members are missing, for its keepers: the map and the table of
 * municipalities, the register's eligible organizations of a county or municipality to choose
 * from, and inviting the chosen ones (or noting them as prospects).
 */
@Controller
@RequestMapping("/n/{slug}/growth")
@Keepers
class GrowthController {

	private final WhiteSpots whiteSpots;
	private final GrowthSettingsService settings;
	private final Prospects prospects;
	private final Campaigns campaigns;
	private final RegisterExtracts extracts;
	private final Municipalities municipalities;
	private final MunicipalityMap map;
	private final MessageSource messages;

	GrowthController(WhiteSpots whiteSpots, GrowthSettingsService settings, Prospects prospects, Campaigns campaigns,
			RegisterExtracts extracts, Municipalities municipalities, MunicipalityMap map, MessageSource messages) {
		this.whiteSpots = whiteSpots;
		this.settings = settings;
		this.prospects = prospects;
		this.campaigns = campaigns;
		this.extracts = extracts;
		this.municipalities = municipalities;
		this.map = map;
		this.messages = messages;
	}

	@GetMapping
	String whiteSpots(@RequestParam(required = false) String county, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String form, @RequestParam(required = false) String years,
			@RequestParam(defaultValue = "false") boolean matchesOnly, Model model) {
		WhiteSpotFilter filter = filter(county, municipality, form, years, matchesOnly);
		Locale locale = LocaleContextHolder.getLocale();
		List<WhiteSpots.MunicipalityRow> rows = whiteSpots.municipalities(filter);
		Map<String, String> categories = new LinkedHashMap<>();
		Map<String, String> details = new LinkedHashMap<>();
		for (WhiteSpots.MunicipalityRow row : rows) {
			categories.put(row.code(), !row.whiteSpot() ? "members" : row.eligible() > 0 ? "whiteSpot" : "empty");
			details.put(row.code(), messages.getMessage("growth.map.detail",
					new Object[] { row.membersBySeat(), row.membersByWork(), row.eligible() }, locale));
		}
		Map<String, MunicipalityMap.Style> styles = new LinkedHashMap<>();
		styles.put("whiteSpot", new MunicipalityMap.Style("#f16913", text("growth.map.whiteSpot", locale)));
		styles.put("empty", new MunicipalityMap.Style("#eeeeee", text("growth.map.empty", locale)));
		styles.put("members", new MunicipalityMap.Style("#41ab5d", text("growth.map.members", locale)));
		styles.put("outside", new MunicipalityMap.Style("#ffffff", text("growth.map.outside", locale)));
		model.addAttribute("map", map.draw(text("growth.map.caption", locale), categories, "outside", styles, details,
				text("growth.map.detailHeading", locale)));
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("typedYears", years);
		model.addAttribute("keywords", String.join(", ", settings.keywords()));
		model.addAttribute("legalForms", whiteSpots.legalForms());
		model.addAttribute("counties", municipalities.counties());
		model.addAttribute("municipalityList", municipalities.all());
		model.addAttribute("extract", extracts.current().orElse(null));
		model.addAttribute("whiteSpotCount", rows.stream().filter(WhiteSpots.MunicipalityRow::whiteSpot).count());
		if (filter.county() != null || filter.municipality() != null) {
			model.addAttribute("organizations", whiteSpots.organizations(filter));
			model.addAttribute("organizationCount", whiteSpots.count(filter));
			model.addAttribute("campaigns", campaigns.list());
			model.addAttribute("deliveries", Delivery.values());
		}
		model.addAttribute("back", query(filter));
		return "growth/white-spots";
	}

	@GetMapping("/municipalities.{format}")
	ResponseEntity<byte[]> exportMunicipalities(@PathVariable String format,
			@RequestParam(required = false) String county, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String form, @RequestParam(required = false) String years,
			@RequestParam(defaultValue = "false") boolean matchesOnly) {
		Locale locale = LocaleContextHolder.getLocale();
		List<List<Object>> rows = whiteSpots.municipalities(filter(county, municipality, form, years, matchesOnly))
			.stream()
			.map(r -> List.<Object>of(r.name(), r.countyName(), r.membersBySeat(), r.membersByWork(), r.eligible(),
					r.nameMatches(), text(r.whiteSpot() ? "common.yes" : "common.no", locale)))
			.toList();
		return Downloads.table("savivaldybes", text("growth.title", locale), format,
				List.of(text("map.municipality", locale), text("growth.county", locale), text("growth.membersBySeat", locale),
						text("growth.membersByWork", locale), text("growth.eligible", locale),
						text("growth.nameMatches", locale), text("growth.whiteSpot", locale)),
				rows);
	}

	@GetMapping("/organizations.{format}")
	ResponseEntity<byte[]> exportOrganizations(@PathVariable String format,
			@RequestParam(required = false) String county, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String form, @RequestParam(required = false) String years,
			@RequestParam(defaultValue = "false") boolean matchesOnly) {
		Locale locale = LocaleContextHolder.getLocale();
		Formats formats = new Formats();
		List<List<Object>> rows = whiteSpots.organizations(filter(county, municipality, form, years, matchesOnly))
			.stream()
			.map(o -> List.<Object>of(o.legalCode(), o.name(), o.formName() == null ? "" : o.formName(),
					o.registeredOn() == null ? "" : formats.date(o.registeredOn()), formats.date(o.ngoSince()),
					municipalities.name(o.municipality()), o.address() == null ? "" : o.address(),
					text(o.nameMatch() ? "common.yes" : "common.no", locale), text("growth.standing." + o.standing(), locale)))
			.toList();
		return Downloads.table("tinkamos-nvo", text("growth.organizations", locale), format,
				List.of(text("prospect.field.legalCode", locale), text("prospect.field.name", locale),
						text("prospect.field.formName", locale), text("growth.registeredOn", locale),
						text("growth.ngoSince", locale), text("prospect.field.municipality", locale),
						text("prospect.field.address", locale), text("growth.nameMatch", locale),
						text("growth.standing", locale)),
				rows);
	}

	@PostMapping("/keywords")
	String keywords(@PathVariable String slug, @RequestParam(required = false) String keywords,
			RedirectAttributes redirect) {
		try {
			settings.setKeywords(keywords);
			redirect.addFlashAttribute("saved", "growth.keywords.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("keywordErrors", messagesOf(e));
			redirect.addFlashAttribute("typedKeywords", keywords);
		}
		return "redirect:/n/" + slug + "/growth";
	}

	/**
	 * The chosen organizations of the register become prospects and, unless only that was asked,
	 * get the chosen campaign's letter; refused whole, with the reasons, back on the same list.
	 */
	@PostMapping("/invite")
	String invite(@PathVariable String slug, @RequestParam(name = "codes", required = false) List<String> codes,
			@RequestParam(required = false) String campaignId, @RequestParam(required = false) Delivery delivery,
			@RequestParam(defaultValue = "letters") String action, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		String list = "redirect:/n/" + slug + "/growth" + (back != null && back.startsWith("?") ? back : "");
		try {
			Long campaign = null;
			if (!"prospects".equals(action)) {
				campaign = campaignId == null || !campaignId.strip().matches("\\d{1,18}") ? null
						: Long.valueOf(campaignId.strip());
				if (campaign == null) {
					throw InvalidInputException.of("campaignId", "letter.error.noCampaign");
				}
			}
			if (campaign == null) {
				prospects.fromRegister(codes == null ? List.of() : codes);
				redirect.addFlashAttribute("saved", "growth.prospectsAdded");
				return "redirect:/n/" + slug + "/growth/prospects";
			}
			List<Campaigns.LetterView> sent = campaigns.inviteFromRegister(campaign, codes == null ? List.of() : codes,
					delivery);
			redirect.addFlashAttribute("sentCount", sent.size());
			redirect.addFlashAttribute("saved", "letter.sent");
			return "redirect:/n/" + slug + "/growth/campaigns/" + campaign;
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("inviteErrors", messagesOf(e));
			redirect.addFlashAttribute("chosenCodes", codes == null ? List.of() : codes);
			return list;
		}
	}

	private List<String> messagesOf(InvalidInputException e) {
		List<String> shown = new ArrayList<>();
		e.errors()
			.forEach(error -> shown
				.add(messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale())));
		return shown;
	}

	/** The filter as typed: an unknown county or municipality, or years that are not a number, filter nothing. */
	private WhiteSpotFilter filter(String county, String municipality, String form, String years, boolean matchesOnly) {
		String c = county != null && municipalities.counties().containsKey(county) ? county : null;
		String m = municipality != null && municipalities.byIso(municipality).isPresent() ? municipality : null;
		Integer y = years != null && years.strip().matches("\\d{1,2}") ? Integer.valueOf(years.strip()) : null;
		return new WhiteSpotFilter(c, m, form == null || form.isBlank() || form.length() > 20 ? null : form.strip(), y,
				matchesOnly);
	}

	/** The page's own address with the filter, for the list's links. */
	static String query(WhiteSpotFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("county", java.util.Optional.ofNullable(filter.county()))
			.queryParamIfPresent("municipality", java.util.Optional.ofNullable(filter.municipality()))
			.build()
			.toUriString();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
