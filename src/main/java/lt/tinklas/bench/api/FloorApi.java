package lt.tinklas.bench.api;

import io.swagger.v3.oas.annotations.Hidden;
import lt.tinklas.bench.BenchFloor;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The floor behind the API's sign-in: the same query and answer as {@code /bench/floor.json}, so
 * the difference between the two is what signing a call in (a personal token) costs. Only in the
 * Spring profile {@code bench}; not in the API description.
 */
@RestController
@Profile("bench")
@Hidden
class FloorApi {

	private final BenchFloor floor;

	FloorApi(BenchFloor floor) {
		this.floor = floor;
	}

	@GetMapping("/api/v1/bench/floor")
	BenchFloor.Answer floor(@RequestParam(defaultValue = "" + BenchFloor.FIRST_NETWORK) long id) {
		return new BenchFloor.Answer(floor.networkName(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}
}
