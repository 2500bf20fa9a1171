package lt.tinklas.people.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.people.People;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.people.PersonData;
import lt.tinklas.people.PersonView;
import lt.tinklas.people.application.PersonPage;
import lt.tinklas.shared.history.AccessFilter;
import lt.tinklas.shared.history.AccessKind;
import lt.tinklas.shared.history.AccessLog;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.KeepersAndRepresentatives;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/people")
@Tag(name = "People")
class PeopleApi {

	static final int DEFAULT_SIZE = 50;
	static final String TOTAL = "X-Total-Count";

	private final People people;
	private final PeopleAccess access;
	private final AccessLog log;

	PeopleApi(People people, PeopleAccess access, AccessLog log) {
		this.people = people;
		this.access = access;
		this.log = log;
	}

	@GetMapping
	@AnyNetworkRole
	@Operation(summary = "People, searched by name or e-mail ignoring case and diacritics, a page at a time",
			description = "In Lithuanian order by last name, then first name. A member representative gets the people of their own organization only. page counts from 0; size is "
					+ DEFAULT_SIZE + " by default and at most " + ListPage.MAX_SIZE
					+ " (outside those bounds: 400). The answer is the page's people; the header X-Total-Count says how many were found in all. Each page read is recorded in the network's access log (who, when, the search, how many people).")
	@ApiResponse(responseCode = "200", description = "The page's people",
			headers = @Header(name = TOTAL, description = "How many people the search finds in all",
					schema = @Schema(type = "integer")))
	ResponseEntity<List<PersonView>> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
			@AuthenticationPrincipal SignedInUser user) {
		ListPage.check(page, size);
		PersonPage found = people.search(q, access.limitedTo(user), page, size);
		log.record(AccessKind.MEMBER_LIST, "accessLog.subject.people", null,
				q.isBlank() ? List.of() : List.of(AccessFilter.text("people.search", q.strip())), found.items().size());
		return ResponseEntity.ok().header(TOTAL, String.valueOf(found.total())).body(found.items());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@KeepersAndRepresentatives
	@Operation(summary = "Add a person", description = "The e-mail is unique within the network, whatever its case.")
	ResponseEntity<PersonView> create(@Valid @RequestBody PersonBody body, @PathVariable String slug,
			@AuthenticationPrincipal SignedInUser user) {
		PersonData data = body.data();
		access.checkMayKeep(user, data);
		PersonView created = people.create(data);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/people/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	@Operation(summary = "One person")
	PersonView get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		access.checkMaySee(user, id);
		return people.get(id);
	}

	@PutMapping("/{id}")
	@KeepersAndRepresentatives
	@Operation(summary = "Change a person",
			description = "version must be the one read; a stale version is refused with 409 and the fields changed meanwhile.")
	PersonView update(@PathVariable long id, @Valid @RequestBody PersonBody body,
			@AuthenticationPrincipal SignedInUser user) {
		access.checkMaySee(user, id);
		PersonData data = body.data();
		access.checkMayKeep(user, data);
		return people.update(id, InvalidInputException.requireVersion(body.version()), data);
	}

	record PersonBody(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotBlank @Email @Size(max = 320) String email, @Size(max = 40) String phone,
			@Pattern(regexp = "lt|en", message = "{person.error.language}") String language,
			@Valid List<PersonData.AffiliationData> affiliations, @Valid List<PersonData.ConsentData> consents,
			Long version) {

		PersonData data() {
			return new PersonData(firstName, lastName, email, phone, language == null ? "lt" : language,
					affiliations, consents);
		}
	}

}
