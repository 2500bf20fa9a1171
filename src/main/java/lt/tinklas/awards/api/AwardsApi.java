package lt.tinklas.awards.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.awards.Awards;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Award programmes, their yearly rounds and the nominees and laureates of each round. */
@RestController
@RequestMapping("/api/v1/networks/{slug}/awards")
@Tag(name = "Awards")
class AwardsApi {

	private final Awards awards;

	AwardsApi(Awards awards) {
		this.awards = awards;
	}

	record ProgrammeBody(String name, String nameEn, String description, String descriptionEn) {
	}

	record RoundBody(Integer year, Long ceremonyEventId) {
	}

	@GetMapping
	@Readers
	@Operation(summary = "The network's award programmes")
	List<Awards.ProgrammeView> programmes() {
		return awards.programmes();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add an award programme",
			description = "Fields: name (required), nameEn, description, descriptionEn. A missing or repeated name: 400 with the field's message.")
	Awards.ProgrammeView createProgramme(@RequestBody ProgrammeBody body) {
		return awards.createProgramme(body.name(), body.nameEn(), body.description(), body.descriptionEn());
	}

	@GetMapping("/{id}/rounds")
	@Readers
	@Operation(summary = "The yearly rounds of an award programme, the latest first", description = "404 for a programme not in the network.")
	List<Awards.RoundView> rounds(@PathVariable long id) {
		return awards.rounds(id);
	}

	@PostMapping("/{id}/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Open a yearly round of an award programme",
			description = "Fields: year (required, 1990-2200, one round a year), ceremonyEventId (an event of the network of type AWARD_CEREMONY). A missing or repeated year, an unknown event or an event of another type: 400 with the field's message; an unknown programme: 404.")
	Awards.RoundView createRound(@PathVariable long id, @RequestBody RoundBody body) {
		return awards.createRound(id, body.year(), body.ceremonyEventId());
	}

	@GetMapping("/{id}/rounds/{roundId}/nominees")
	@Readers
	@Operation(summary = "The nominees of a round, laureates first")
	List<Awards.NomineeView> nominees(@PathVariable long id, @PathVariable long roundId) {
		return awards.nominees(id, roundId);
	}

	@PostMapping("/{id}/rounds/{roundId}/nominees")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a nominee or laureate to a round",
			description = "Fields: personId (a person of the network) or name (for someone not among the network's people), position and organization (as at the time), reason, laureate (true or false). Neither a person nor a name, an unknown person: 400 with the field's message. The photo is uploaded on the round's page.")
	Awards.NomineeView addNominee(@PathVariable long id, @PathVariable long roundId,
			@RequestBody Awards.NomineeData body) {
		return awards.addNominee(id, roundId, body);
	}
}
