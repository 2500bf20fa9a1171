package lt.tinklas.advocacy.application;

import java.util.List;

import lt.tinklas.advocacy.WorkingGroupData;

/** A working group with its members and the ids of its meetings (events). */
public record WorkingGroupView(long id, long version, String name, String theme, String description,
		List<WorkingGroupData.MemberData> members, List<Long> meetingIds) {
}
