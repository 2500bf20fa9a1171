package lt.tinklas.growth.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.growth.application.Campaigns;
import lt.tinklas.growth.application.Prospects;
import lt.tinklas.growth.application.WhiteSpots;
import lt.tinklas.growth.domain.ProspectSource;
import lt.tinklas.shared.security.Keepers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Growing the network: members and eligible NGOs per municipality, prospects, invitation campaigns
 * and their letters; for the network's keepers (admins and staff) only.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/growth")
@Tag(name = "Growth")
@Keepers
class GrowthApi {

	private final WhiteSpots whiteSpots;
	private final Prospects prospects;
	private final Campaigns campaigns;

	GrowthApi(WhiteSpots whiteSpots, Prospects prospects, Campaigns campaigns) {
		this.whiteSpots = whiteSpots;
		this.prospects = prospects;
		this.campaigns = campaigns;
	}

	@GetMapping("/municipalities")
	@Operation(summary = "Members and eligible NGOs per municipality",
			description = "For each of the 60 municipalities (code: ISO 3166-2, e.g. LT-33): membersBySeat, membersByWork (members today), "
					+ "eligible (organizations of the loaded state register extract holding NGO status for more than a year, not members), "
					+ "nameMatches (of them, names containing one of the network's keywords: a name match, not a fact), whiteSpot (no member sits or works there). "
					+ "Filters: county (ISO, e.g. LT-KL), municipality, form (the register's legal form code), years (registered more than N years ago), matchesOnly.")
	List<WhiteSpots.MunicipalityRow> municipalities(@RequestParam(required = false) String county,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) String form,
			@RequestParam(required = false) @Parameter(description = "registered more than this many years ago") Integer years,
			@RequestParam(defaultValue = "false") boolean matchesOnly) {
		return whiteSpots.municipalities(new WhiteSpots.WhiteSpotFilter(county, municipality, form, years, matchesOnly));
	}

	@GetMapping("/prospects")
	@Operation(summary = "The network's prospects: organizations not yet members it would invite",
			description = "source: REGISTER, COUNCIL_REPLY or RECOMMENDATION. standing: NONE, MEMBER, SUSPENDED, LEFT, APPLIED or REFUSED. "
					+ "letters: how many invitation letters went to it; lastLetterOn: the latest. Filters: q (name or legal code), county, municipality, source.")
	List<Prospects.ProspectView> prospects(@RequestParam(required = false) String q,
			@RequestParam(required = false) String county, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) ProspectSource source) {
		return prospects.list(new Prospects.ProspectFilter(q, county, municipality, source, null));
	}

	@PostMapping("/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start an invitation campaign",
			description = "Fields: name (required, unique), subject and body (Markdown, required), signatory, reminderWeeks (1-52; none: no reminder). "
					+ "Merge fields {{adresatas}}, {{savivaldybe}}, {{nuoroda}} (the application link), {{kodas}}, {{numeris}}, {{data}} "
					+ "(or {{addressee}}, {{municipality}}, {{link}}, {{code}}, {{number}}, {{date}}). "
					+ "The campaign gets a code that its letters' codes begin with. An unknown merge field, a picture, a name taken: 400 with the field's message.")
	Campaigns.CampaignView createCampaign(@RequestBody Campaigns.CampaignData body) {
		return campaigns.create(body);
	}

	@PostMapping("/campaigns/{id}/letters")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a campaign's letters to councils and prospects",
			description = "Fields: councils (municipalities' ISO codes: their NGO councils), prospects (ids), delivery (EMAIL: mailed with the PDF "
					+ "attached where an address is known, the others printed; PRINT: all printed), sentOn (ISO date, not to come; today when absent). "
					+ "Each letter gets the next outgoing register number of its day and a code for the application form's link. "
					+ "Nobody chosen, an addressee that already has this campaign's letter, a prospect that is a member: 400 and no letter is written.")
	List<Campaigns.LetterView> sendLetters(@PathVariable long id, @RequestBody Campaigns.LetterOrder body) {
		return campaigns.send(id, body);
	}

	@GetMapping("/campaigns/{id}")
	@Operation(summary = "A campaign with its figures and letters",
			description = "figures.total and figures.byMunicipality: letters (emailed, printed), replies noted, applications that name a letter's or the campaign's code, "
					+ "members accepted from them, medianDays and averageDays from letter to application. letters[]: number, sentOn, delivery, code, link, "
					+ "replyOn, appliedOn, accepted. 404 for a campaign not in the network.")
	Campaigns.CampaignDetail campaign(@PathVariable long id) {
		return campaigns.detail(id);
	}
}
