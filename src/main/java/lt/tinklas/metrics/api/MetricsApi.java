package lt.tinklas.metrics.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.metrics.MetricDefinition;
import lt.tinklas.metrics.MetricFormat;
import lt.tinklas.metrics.MetricQuery;
import lt.tinklas.metrics.MetricResult;
import lt.tinklas.metrics.Metrics;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.security.Readers;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@ReadsFromReplica
@RestController
@RequestMapping("/api/v1/networks/{slug}/metrics")
@Tag(name = "Metrics")
class MetricsApi {

	private final Metrics metrics;
	private final MessageSource messages;

	MetricsApi(Metrics metrics, MessageSource messages) {
		this.metrics = metrics;
		this.messages = messages;
	}

	record Entry(String key, String name, List<String> parameters, MetricFormat format) {
	}

	record MetricAnswer(String key, LocalDate from, LocalDate to, Map<String, String> parameters, BigDecimal value, int count,
			List<MetricResult.Evidence> records) {
	}

	@GetMapping
	@Readers
	@Operation(summary = "The catalogue of metrics", description = "Each metric's key, its name in the language of Accept-Language, the parameters it takes, and the format of its value: COUNT (a whole number), NUMBER (decimals, such as hours), AVERAGE (shown with two decimals), PERCENT (a share in percent, one decimal) or MONEY (euros).")
	List<Entry> catalogue() {
		return metrics.definitions()
			.stream()
			.map(d -> new Entry(d.key(), messages.getMessage(d.labelKey(), null, LocaleContextHolder.getLocale()),
					d.parameters(), d.format()))
			.toList();
	}

	@GetMapping("/{key}")
	@Readers
	@Operation(summary = "A metric's value for a period, with the records it counts",
			description = "from and to are days (both included, Europe/Vilnius); any other query parameter must be one the metric names in the catalogue (such as type, tag, kind, outcome, direction, institution). records: [{date, label, path}].")
	MetricAnswer compute(@PathVariable String key, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam Map<String, String> given, HttpServletRequest request) {
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		MetricDefinition definition = metrics.definition(key);
		Map<String, String> parameters = new LinkedHashMap<>(given);
		parameters.remove("from");
		parameters.remove("to");
		MetricResult result = metrics.compute(key,
				metrics.query(definition, NetworkContext.of(request).id(), from, to, parameters));
		return new MetricAnswer(key, from, to, parameters, result.value(), result.evidence().size(), result.evidence());
	}
}
