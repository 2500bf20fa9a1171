package lt.tinklas.bench.web;

import lt.tinklas.bench.BenchFloor;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The floor as a page (one query, a tiny template) and as JSON, both open to anyone: the load
 * benchmark's unit of throughput. Only in the Spring profile {@code bench}.
 */
@Controller
@Profile("bench")
class FloorController {

	private final BenchFloor floor;

	FloorController(BenchFloor floor) {
		this.floor = floor;
	}

	@GetMapping("/bench/floor")
	String page(@RequestParam(defaultValue = "" + BenchFloor.FIRST_NETWORK) long id, Model model) {
		model.addAttribute("name", name(id));
		return "bench/floor";
	}

	@GetMapping("/bench/floor.json")
	@ResponseBody
	BenchFloor.Answer json(@RequestParam(defaultValue = "" + BenchFloor.FIRST_NETWORK) long id) {
		return new BenchFloor.Answer(name(id));
	}

	private String name(long id) {
		return floor.networkName(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
