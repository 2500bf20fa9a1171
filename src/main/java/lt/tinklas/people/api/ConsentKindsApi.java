package lt.tinklas.people.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.tinklas.people.Consents;
import lt.tinklas.people.application.ConsentKindData;
import lt.tinklas.people.application.ConsentKindView;
import lt.tinklas.people.domain.ConsentUse;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network's kinds of consent. Bodies are checked by the service, after the role: one who may
 * not change kinds is refused (403) whatever they send.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/consent-kinds")
@Tag(name = "Consent")
class ConsentKindsApi {

	private final Consents consents;

	ConsentKindsApi(Consents consents) {
		this.consents = consents;
	}

	@GetMapping
	@AnyNetworkRole
	@Operation(summary = "The network's kinds of consent",
			description = "By Lithuanian name, each with how many consents of people name it.")
	List<ConsentKindView> list() {
		return consents.kinds();
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	@Operation(summary = "One kind of consent")
	ConsentKindView get(@PathVariable long id) {
		return consents.kind(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add a kind of consent",
			description = "The Lithuanian name is unique in the network, whatever its case; INVITATIONS and NEWSLETTERS are each the use of one kind at most.")
	ResponseEntity<ConsentKindView> create(@PathVariable String slug, @RequestBody ConsentKindData body) {
		ConsentKindView created = consents.createKind(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/consent-kinds/" + created.id()))
			.body(created);
	}

	@PutMapping("/{id}")
	@Keepers
	@Operation(summary = "Change a kind of consent",
			description = "version must be the one read; a stale version is refused with 409.")
	ConsentKindView update(@PathVariable long id, @RequestBody ConsentKindBody body) {
		return consents.updateKind(id, InvalidInputException.requireVersion(body.version()), body.data());
	}

	/** A kind of consent with the version it was read at. */
	record ConsentKindBody(@NotBlank @Size(max = 200) String nameLt, @NotBlank @Size(max = 200) String nameEn,
			@Size(max = 1000) String statementLt, @Size(max = 1000) String statementEn, ConsentUse purpose,
			Boolean legitimateInterest, Boolean offeredOnForms, Boolean active, Long version) {

		ConsentKindData data() {
			return new ConsentKindData(nameLt, nameEn, statementLt, statementEn, purpose, legitimateInterest,
					offeredOnForms, active);
		}
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Keepers
	@Operation(summary = "Delete a kind of consent",
			description = "Refused with 409 while a consent of a person names it (make it inactive instead); the deletion is kept in the audit log.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		consents.deleteKind(id);
		return ResponseEntity.noContent().build();
	}
}
