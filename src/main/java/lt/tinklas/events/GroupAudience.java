package lt.tinklas.events;

import java.util.List;
import java.util.Map;

/**
 * Groups whose members can be invited to an event (working groups); offered by the module that
 * keeps them, so events need not know it.
 */
public interface GroupAudience {

	/** The groups of the current network by id. */
	Map<Long, String> groupNames();

	/** The people who are members of the group today. */
	List<Long> memberIds(long groupId);
}
