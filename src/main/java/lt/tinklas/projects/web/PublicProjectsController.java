package lt.tinklas.projects.web;

import java.util.List;

import lt.tinklas.events.EventView;
import lt.tinklas.projects.Funders;
import lt.tinklas.projects.ProjectView;
import lt.tinklas.projects.Projects;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.web.Downloads;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the projects marked public: what each is, its period, funder, notice and public events. */
@ReadsFromReplica
@Controller
class PublicProjectsController {

	private final Projects projects;
	private final Funders funders;

	PublicProjectsController(Projects projects, Funders funders) {
		this.projects = projects;
		this.funders = funders;
	}

	@GetMapping("/n/{slug}/public/projects")
	String list(Model model) {
		model.addAttribute("projects", projects.list().stream().filter(ProjectView::isPublic).toList());
		return "projects/public-list";
	}

	@GetMapping("/n/{slug}/public/projects/{id}")
	String project(@PathVariable long id, Model model) {
		ProjectView project = projects.get(id);
		if (!project.isPublic()) {
			throw new NotFoundException("Project");
		}
		model.addAttribute("project", project);
		model.addAttribute("funder", project.funderId() == null ? null : funders.get(project.funderId()));
		List<EventView> open = projects.eventsOf(id).stream().filter(EventView::isPublic).toList();
		model.addAttribute("events", open);
		model.addAttribute("extensions", projects.extensions(id));
		return "projects/public-project";
	}

	@GetMapping("/n/{slug}/public/funders/{id}/logo")
	ResponseEntity<byte[]> logo(@PathVariable long id) {
		Funders.Logo logo = funders.logo(id).orElseThrow(() -> new NotFoundException("Logo"));
		return Downloads.file(logo.fileName(),
				MediaType.parseMediaType(logo.contentType()), logo.content());
	}
}
