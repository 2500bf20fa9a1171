package lt.tinklas.advocacy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lt.tinklas.advocacy.GroupRole;
import lt.tinklas.advocacy.WorkingGroupData;
import lt.tinklas.advocacy.application.Positions;
import lt.tinklas.advocacy.application.WorkingGroupView;
import lt.tinklas.advocacy.application.WorkingGroups;
import lt.tinklas.events.EventType;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.identity.SignedInUser;
import lt.tinklas.organizations.Organizations;
import lt.tinklas.people.PeopleAccess;
import lt.tinklas.shared.history.StaleEditException;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.security.Keepers;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Working groups: the list, a group's page with its members, meetings and the positions it drafted.
 * A member representative sees the groups their organization's people belong to.
 */
@Controller
@RequestMapping("/n/{slug}/working-groups")
class WorkingGroupsController {

	private final WorkingGroups groups;
	private final Positions positions;
	private final Events events;
	private final PeopleAccess access;
	private final Choices choices;
	private final Organizations organizations;

	WorkingGroupsController(WorkingGroups groups, Positions positions, Events events, PeopleAccess access,
			Choices choices, Organizations organizations) {
		this.groups = groups;
		this.positions = positions;
		this.events = events;
		this.access = access;
		this.choices = choices;
		this.organizations = organizations;
	}

	@GetMapping
	@AnyNetworkRole
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		Long organization = access.limitedTo(user);
		List<WorkingGroupView> shown = organization == null ? groups.list() : groups.withMembersFrom(organization);
		model.addAttribute("groups", shown);
		choices.namesOf(model, shown.stream().flatMap(g -> g.members().stream()).map(m -> m.personId()).toList());
		return "advocacy/working-groups";
	}

	@PostMapping
	@Keepers
	String create(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String description,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		try {
			checkName(name);
			WorkingGroupView created = groups.create(new WorkingGroupData(name, theme, description, List.of()));
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/working-groups/" + created.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("groupError", e.errors().get(0));
			model.addAttribute("typedName", name);
			model.addAttribute("typedTheme", theme);
			model.addAttribute("typedDescription", description);
			return list(user, model);
		}
	}

	@GetMapping("/{id}")
	@AnyNetworkRole
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Long organization = access.limitedTo(user);
		if (organization != null && groups.withMembersFrom(organization).stream().noneMatch(g -> g.id() == id)) {
			throw new NotFoundException("Working group");
		}
		WorkingGroupView group = groups.get(id);
		model.addAttribute("group", group);
		model.addAttribute("meetings", group.meetingIds().stream().map(events::get).toList());
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		model.addAttribute("meetingChoices", events.list(today.minusYears(2), today.plusYears(1),
				EventType.WORKING_GROUP_MEETING).stream().filter(e -> !group.meetingIds().contains(e.id())).toList());
		model.addAttribute("groupPositions", organization == null ? positions.ofGroup(id) : List.of());
		model.addAttribute("roles", GroupRole.values());
		model.addAttribute("history", groups.history(id));
		model.addAttribute("organizationNames", organizations.namesOf(group.members().stream()
			.map(m -> m.organizationId()).filter(Objects::nonNull).toList()));
		model.addAttribute("organizationChoices", organizations.choices(NetworkContext.path("/organizations/choices")));
		choices.namesOf(model, group.members().stream().map(m -> m.personId()).toList());
		choices.people(model);
		return "advocacy/working-group";
	}

	@PostMapping("/{id}")
	@Keepers
	String update(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String description, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		WorkingGroupView group = groups.get(id);
		try {
			checkName(name);
			if (version == null) {
				throw InvalidInputException.of("version", "common.error.versionRequired");
			}
			groups.update(id, version, new WorkingGroupData(name, theme, description, group.members()));
			redirect.addFlashAttribute("saved", "common.saved");
			return "redirect:/n/" + slug + "/working-groups/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("groupError", e.errors().get(0));
		}
		catch (StaleEditException e) {
			model.addAttribute("staleChanges", groups.changedSince(id, version));
		}
		model.addAttribute("typedName", name);
		model.addAttribute("typedTheme", theme);
		model.addAttribute("typedDescription", description);
		return show(id, user, model);
	}

	@PostMapping("/{id}/members")
	@Keepers
	String addMember(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) GroupRole role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			RedirectAttributes redirect) {
		WorkingGroupView group = groups.get(id);
		try {
			if (personId == null) {
				throw InvalidInputException.of("personId", "jakarta.validation.constraints.NotNull.message");
			}
			List<WorkingGroupData.MemberData> members = new ArrayList<>(group.members());
			members.add(new WorkingGroupData.MemberData(personId, organizationId, role == null ? GroupRole.MEMBER : role,
					from, until));
			groups.update(id, version, new WorkingGroupData(group.name(), group.theme(), group.description(), members));
			redirect.addFlashAttribute("saved", "workingGroup.memberAdded");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("memberError", e.errors().get(0));
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("flashError", "common.error.stale");
		}
		return "redirect:/n/" + slug + "/working-groups/" + id + "#members";
	}

	@PostMapping("/{id}/members/remove")
	@Keepers
	String removeMember(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam int index, RedirectAttributes redirect) {
		WorkingGroupView group = groups.get(id);
		if (index < 0 || index >= group.members().size()) {
			throw new NotFoundException("Member");
		}
		List<WorkingGroupData.MemberData> members = new ArrayList<>(group.members());
		members.remove(index);
		try {
			groups.update(id, version, new WorkingGroupData(group.name(), group.theme(), group.description(), members));
			redirect.addFlashAttribute("saved", "workingGroup.memberRemoved");
		}
		catch (StaleEditException e) {
			redirect.addFlashAttribute("flashError", "common.error.stale");
		}
		return "redirect:/n/" + slug + "/working-groups/" + id + "#members";
	}

	@PostMapping("/{id}/meetings")
	@Keepers
	String addMeeting(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long eventId,
			RedirectAttributes redirect) {
		try {
			if (eventId == null) {
				throw InvalidInputException.of("eventId", "jakarta.validation.constraints.NotNull.message");
			}
			groups.addMeeting(id, eventId);
			redirect.addFlashAttribute("saved", "workingGroup.meetingAdded");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("meetingError", e.errors().get(0));
		}
		return "redirect:/n/" + slug + "/working-groups/" + id + "#meetings";
	}

	private static void checkName(String name) {
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "jakarta.validation.constraints.NotBlank.message");
		}
		if (name.length() > 200) {
			throw InvalidInputException.of("name", "common.error.tooLong", 200);
		}
	}

}
