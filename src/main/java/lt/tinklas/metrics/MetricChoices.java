package lt.tinklas.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The allowed values of a metric's parameter, with the labels people pick them by. */
public final class MetricChoices {

	private MetricChoices() {
	}

	/** An enum's constants, each labelled by its message key {@code <prefix>.<NAME>}. */
	public static <E extends Enum<E>> Map<String, MessageSourceResolvable> labelled(Class<E> type, String prefix) {
		Map<String, MessageSourceResolvable> choices = new LinkedHashMap<>();
		for (E constant : type.getEnumConstants()) {
			choices.put(constant.name(), new DefaultMessageSourceResolvable(new String[] { prefix + "." + constant.name() }));
		}
		return choices;
	}

	/** Records by their names (ids as the stored values), in the order given. */
	public static Map<String, MessageSourceResolvable> named(Map<?, String> names) {
		Map<String, MessageSourceResolvable> choices = new LinkedHashMap<>();
		names.forEach((id, name) -> choices.put(String.valueOf(id), new DefaultMessageSourceResolvable(null, name)));
		return choices;
	}
}
