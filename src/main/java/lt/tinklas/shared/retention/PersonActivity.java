package lt.tinklas.shared.retention;

import java.time.Instant;
import java.util.Map;

/**
 * A module whose records show a person active (registered for an event, say): the people module
 * asks every one before it lists a person as inactive, so a new module's activity is never missed.
 */
public interface PersonActivity {

	/** The latest moment of activity per person of the network in the module's records. */
	Map<Long, Instant> lastActivity(long networkId);
}
