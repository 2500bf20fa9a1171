package lt.tinklas.organizations.api;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lt.tinklas.organizations.MembershipChange;
import lt.tinklas.organizations.MembershipStatus;
import lt.tinklas.organizations.OrganizationData;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.organizations.OrganizationView;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.organizations.TargetGroup;
import lt.tinklas.organizations.application.MemberListAccess;
import lt.tinklas.organizations.application.MembershipView;
import lt.tinklas.organizations.OrganizationPage;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.ListPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/networks/{slug}/organizations")
@Tag(name = "Organizations")
class OrganizationsApi {

	private final Organizations organizations;
	private final MemberListAccess access;

	OrganizationsApi(Organizations organizations, MemberListAccess access) {
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	@AnyNetworkRole
	@Operation(summary = "Organizations, filtered and paged, in Lithuanian order",
			description = "q searches name, short name and legal code ignoring case and diacritics; county and municipality are ISO 3166-2 codes; status is the membership on asOf (today by default); page counts from 0, size is 50 by default and at most 500 (outside those bounds: 400). total and countByCounty count the whole filtered list. Each page read is recorded in the network's access log (who, when, the filter, how many organizations).")
	OrganizationPage list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String county,
			@RequestParam(required = false) String municipality,
			@RequestParam(required = false) TargetGroup targetGroup,
			@RequestParam(required = false) MembershipStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ListPage.check(page, size);
		OrganizationFilter filter = new OrganizationFilter(q, county, municipality, targetGroup, status, asOf);
		OrganizationPage found = organizations.search(filter, page, size);
		access.record(filter, found.items().size());
		return found;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Add an organization",
			description = "memberSince makes it a member from that day. Every invalid field is reported at once.")
	ResponseEntity<OrganizationView> create(@PathVariable String slug, @RequestBody OrganizationData body) {
		OrganizationView created = organizations.create(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/organizations/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	@Operation(summary = "One organization, with its membership on asOf (today by default)")
	OrganizationView get(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return organizations.get(id, asOf);
	}

	@PutMapping("/{id}")
	@Keepers
	@Operation(summary = "Change an organization", description = "version must be the one read; a stale version answers 409.")
	OrganizationView update(@PathVariable long id, @RequestBody OrganizationData body) {
		return organizations.update(id, InvalidInputException.requireVersion(body.version()), body);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Keepers
	@Operation(summary = "Delete an organization and its membership history (kept in the audit log)")
	ResponseEntity<Void> delete(@PathVariable long id) {
		organizations.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/membership")
	@AnyNetworkRole
	@Operation(summary = "The membership history and the status today")
	MembershipView membership(@PathVariable long id) {
		return organizations.membership(id);
	}

	@PostMapping("/{id}/membership-changes")
	@ResponseStatus(HttpStatus.CREATED)
	@Keepers
	@Operation(summary = "Record a membership change: SUSPENDED, REINSTATED or LEFT, on a day, with a reason")
	ResponseEntity<MembershipView> change(@PathVariable long id, @Valid @RequestBody ChangeBody body) {
		if (body.change() == MembershipChange.ACCEPTED) {
			throw InvalidInputException.of("change", "organization.error.acceptThroughDecision");
		}
		return ResponseEntity.status(201)
			.body(organizations.changeMembership(id, body.change(), body.on(), null, null, body.reason()));
	}

	record ChangeBody(MembershipChange change, LocalDate on, @Size(max = 2000) String reason) {
	}
}
