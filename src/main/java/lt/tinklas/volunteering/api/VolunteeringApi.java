package lt.tinklas.volunteering.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.volunteering.Volunteering;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Volunteering programmes, the volunteers' activities and the yearly totals. */
@RestController
@RequestMapping("/api/v1/networks/{slug}/volunteering")
@Tag(name = "Volunteering")
class VolunteeringApi {

	private final Volunteering volunteering;

	VolunteeringApi(Volunteering volunteering) {
		this.volunteering = volunteering;
	}

	record VolunteeringProgrammeBody(String name, String nameEn, String description) {
	}

	@GetMapping("/programmes")
	@Readers
	@Operation(summary = "The network's volunteering programmes")
	List<Volunteering.ProgrammeView> programmes() {
		return volunteering.programmes();
	}

	@PostMapping("/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a volunteering programme",
			description = "Fields: name (required), nameEn, description. A missing or repeated name: 400 with the field's message.")
	Volunteering.ProgrammeView createProgramme(@RequestBody VolunteeringProgrammeBody body) {
		return volunteering.createProgramme(body.name(), body.nameEn(), body.description());
	}

	@GetMapping("/activities")
	@Readers
	@Operation(summary = "Volunteers' activities, the latest first", description = "Optional filters: year, programme (its id).")
	List<Volunteering.ActivityView> activities(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long programme) {
		return volunteering.activities(year, programme);
	}

	@PostMapping("/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a volunteer's activity",
			description = "Fields: programmeId (a programme of the network), personId (the volunteer, a person of the network), on (yyyy-MM-dd, not in the future), hours (a string such as \"2.5\": more than 0, at most 24, two decimals), description. Each wrong field: 400 with its message; nothing is recorded.")
	Volunteering.ActivityView record(@RequestBody Volunteering.ActivityData body) {
		return volunteering.record(body);
	}

	@GetMapping("/totals")
	@Readers
	@Operation(summary = "Hours, activities and distinct volunteers per year and programme")
	List<Volunteering.Total> totals() {
		return volunteering.totals();
	}
}
