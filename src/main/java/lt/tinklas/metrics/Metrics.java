package lt.tinklas.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.shared.tenancy.DataVersions;
import lt.tinklas.shared.tenancy.VersionedCache;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Every metric of every module, by key. */
@Service
public class Metrics {

	private final Map<String, MetricSource> sources = new LinkedHashMap<>();
	private final Map<String, MetricDefinition> definitions = new LinkedHashMap<>();
	private final MessageSource messages;

	/** Metrics' numbers kept per network data version: a dashboard asks for each indicator in each year. */
	private final VersionedCache<Asked, BigDecimal> values;

	private record Asked(String key, MetricQuery query) {
	}

	Metrics(List<MetricSource> sources, MessageSource messages, DataVersions versions) {
		this.messages = messages;
		this.values = new VersionedCache<>(versions, 20_000);
		for (MetricSource source : sources) {
			for (MetricDefinition definition : source.definitions()) {
				if (this.sources.put(definition.key(), source) != null) {
					throw new IllegalStateException("Two modules offer the metric " + definition.key());
				}
				definitions.put(definition.key(), definition);
			}
		}
	}

	public List<MetricDefinition> definitions() {
		return List.copyOf(definitions.values());
	}

	public MetricDefinition definition(String key) {
		MetricDefinition definition = definitions.get(key);
		if (definition == null) {
			throw new NotFoundException("Metric " + key);
		}
		return definition;
	}

	/**
	 * The values each parameter of the metric may take in the network, by their labels in the
	 * language asked: what a form offers to pick from.
	 */
	public Map<String, Map<String, String>> choices(MetricDefinition definition, long networkId, Locale locale) {
		return choices(List.of(definition), networkId, locale);
	}

	/**
	 * The values the metric's parameter may take in the network, in the order its source gives
	 * them, each with its label (an enum's message key): what a report lists one figure for each of,
	 * so a value added to the module is never missing from it.
	 */
	public Map<String, MessageSourceResolvable> values(String key, String parameter, long networkId) {
		MetricDefinition definition = definition(key);
		if (!definition.parameters().contains(parameter)) {
			throw new IllegalArgumentException("Metric " + key + " takes no parameter " + parameter);
		}
		return sources.get(key).choices(parameter, networkId);
	}

	/**
	 * A parameter's name for people ("Type"), from {@code metric.parameter.<name>}; one that no
	 * metric takes, as it was written.
	 */
	public String parameterLabel(String parameter, Locale locale) {
		return messages.getMessage("metric.parameter." + parameter, null, parameter, locale);
	}

	/**
	 * The values of every parameter the metrics take, by their labels: what a form that offers
	 * several metrics lets people pick from (a parameter means the same in every metric taking it).
	 */
	public Map<String, Map<String, String>> choices(List<MetricDefinition> offered, long networkId, Locale locale) {
		Map<String, Map<String, String>> choices = new LinkedHashMap<>();
		for (MetricDefinition definition : offered) {
			for (String parameter : definition.parameters()) {
				choices.computeIfAbsent(parameter, name -> {
					Map<String, String> values = new LinkedHashMap<>();
					sources.get(definition.key())
						.choices(name, networkId)
						.forEach((value, label) -> values.put(value, messages.getMessage(label, locale)));
					return values;
				});
			}
		}
		return choices;
	}

	/**
	 * Stored parameters as people read them, “Type: Training; Tag: Specialieji mokymai”, in the
	 * reader's language; empty for none.
	 */
	public String describe(Map<String, String> parameters, long networkId) {
		if (parameters.isEmpty()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<MetricDefinition> taking = definitions.values()
			.stream()
			.filter(d -> d.parameters().stream().anyMatch(parameters::containsKey))
			.toList();
		Map<String, Map<String, String>> choices = choices(taking, networkId, locale);
		return String.join("; ", parameters.entrySet()
			.stream()
			.map(p -> (choices.containsKey(p.getKey()) ? parameterLabel(p.getKey(), locale) : p.getKey()) + ": "
					+ choices.getOrDefault(p.getKey(), Map.of()).getOrDefault(p.getValue(), p.getValue()))
			.toList());
	}

	/**
	 * A query for the metric, refused when it names a parameter the metric does not take or a value
	 * the parameter does not have in the network; blank parameters are left out.
	 */
	public MetricQuery query(MetricDefinition definition, long networkId, LocalDate from, LocalDate to,
			Map<String, String> parameters) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> chosen = new LinkedHashMap<>();
		Map<String, Map<String, String>> choices = parameters.isEmpty() ? Map.of()
				: choices(definition, networkId, locale);
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (!definition.parameters().contains(parameter.getKey())) {
				throw InvalidInputException.of(parameter.getKey(), "metric.error.unknownParameter",
						parameterLabel(parameter.getKey(), locale),
						String.join(", ", definition.parameters().stream().map(p -> parameterLabel(p, locale)).toList()));
			}
			if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
				String value = parameter.getValue().strip();
				if (!choices.get(parameter.getKey()).containsKey(value)) {
					throw InvalidInputException.of(parameter.getKey(), "metric.error.parameterChoice",
							parameterLabel(parameter.getKey(), locale), value);
				}
				chosen.put(parameter.getKey(), value);
			}
		}
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "common.error.endBeforeStart");
		}
		return new MetricQuery(networkId, from, to, chosen);
	}

	/** Computes a metric; a parameter value the metric cannot use is refused as invalid input. */
	public MetricResult compute(String key, MetricQuery query) {
		return counted(key, query, MetricSource::compute);
	}

	/** Only a metric's number, without its drill-down (see {@link MetricSource#value}). */
	public BigDecimal value(String key, MetricQuery query) {
		return values.get(query.networkId(), new Asked(key, query), () -> counted(key, query, MetricSource::value));
	}

	private <T> T counted(String key, MetricQuery query, Counting<T> counting) {
		MetricSource source = sources.get(key);
		if (source == null) {
			throw new NotFoundException("Metric " + key);
		}
		try {
			return counting.count(source, key, query);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("parameters", "metric.error.parameterValue",
					describe(query.parameters(), query.networkId()));
		}
	}

	private interface Counting<T> {

		T count(MetricSource source, String key, MetricQuery query);
	}
}
