package lt.tinklas.bench.web;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.bench.BenchFloor;
import lt.tinklas.shared.security.AnyNetworkRole;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The floor's one query shown in a staff page's whole frame: signed in, in a network, with its
 * navigation and layout. What a staff page cannot be faster than; the benchmark reads each page
 * against it as well as against the bare floor. Only in the Spring profile {@code bench}.
 */
@Controller
@Profile("bench")
class LayoutFloorController {

	private final BenchFloor floor;

	LayoutFloorController(BenchFloor floor) {
		this.floor = floor;
	}

	@GetMapping("/n/{slug}/bench/layout")
	@AnyNetworkRole
	String page(HttpServletRequest request, Model model) {
		model.addAttribute("name", floor.networkName(NetworkContext.of(request).id()).orElseThrow());
		return "bench/layout";
	}
}
