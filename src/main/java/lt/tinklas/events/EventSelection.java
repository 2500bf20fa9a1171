package lt.tinklas.events;

import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

/**
 * A set of events another module keeps (a project's events), so the event metrics can count within
 * it through a parameter of its name without events knowing that module.
 */
public interface EventSelection {

	/** The metric parameter that names the set, such as {@code project}. */
	String parameter();

	/** The sets the parameter may name in the network, by their names (see {@code MetricChoices}). */
	Map<String, MessageSourceResolvable> choices(long networkId);

	/** The ids of the events in the set the value names; refuses a value it does not know. */
	Set<Long> eventIds(long networkId, String value);
}
