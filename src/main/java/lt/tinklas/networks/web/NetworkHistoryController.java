package lt.tinklas.networks.web;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.security.KeepersAndReaders;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The network's audit log: every create, change and delete, deletions included, newest first. */
@Controller
class NetworkHistoryController {

	static final int SHOWN = 200;

	private final RecordHistory history;

	NetworkHistoryController(RecordHistory history) {
		this.history = history;
	}

	@GetMapping("/n/{slug}/history")
	@KeepersAndReaders
	String history(HttpServletRequest request, Model model) {
		model.addAttribute("changes", history.inNetwork(NetworkContext.of(request).id(), SHOWN));
		model.addAttribute("shown", SHOWN);
		return "networks/history";
	}
}
