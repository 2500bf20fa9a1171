package lt.tinklas.metrics.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The drill-down behind every figure: the metric's value and the records it counted. */
@ReadsFromReplica
@Controller
class MetricsController {

	/** Records shown on one page of a drill-down. */
	static final int ROWS = 200;

	private final Metrics metrics;

	MetricsController(Metrics metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/n/{slug}/metrics/{key}")
	@Readers
	String drillDown(@PathVariable String key,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam Map<String, String> given, HttpServletRequest request,
			Model model) {
		if (to.isBefore(from)) {
			throw new NotFoundException("Period");
		}
		MetricDefinition definition = metrics.definitions()
			.stream()
			.filter(d -> d.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Metric"));
		// only the parameters the metric takes; anything else in the address is ignored
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String name : definition.parameters()) {
			String value = given.get(name);
			if (value != null && !value.isBlank()) {
				parameters.put(name, value);
			}
		}
		MetricQuery query = new MetricQuery(NetworkContext.of(request).id(), from, to, parameters);
		model.addAttribute("definition", definition);
		try {
			MetricResult result = metrics.compute(key, query);
			model.addAttribute("result", result);
			// the records counted, a page at a time: a year of a large network counts a hundred thousand
			int total = result.evidence().size();
			int last = Math.max(0, (total - 1) / ROWS);
			int shown = Math.min(Math.max(0, page), last);
			int start = shown * ROWS;
			model.addAttribute("rows", result.evidence().subList(start, Math.min(start + ROWS, total)));
			model.addAttribute("first", total == 0 ? 0 : start + 1);
			model.addAttribute("lastShown", Math.min(start + ROWS, total));
			model.addAttribute("previous", shown > 0 ? pageAddress(request, shown - 1) : null);
			model.addAttribute("next", shown < last ? pageAddress(request, shown + 1) : null);
		}
		catch (InvalidInputException e) {
			throw new NotFoundException("Metric parameter");
		}
		model.addAttribute("query", query);
		return "metrics/drilldown";
	}

	/** The same drill-down's address with another page. */
	private static String pageAddress(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromUriString(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
	}
}
