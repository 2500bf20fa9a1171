package lt.tinklas.advocacy;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A working group as it is typed in: its name, theme, description and members. */
public record WorkingGroupData(@NotBlank @Size(max = 200) String name, @Size(max = 200) String theme,
		@Size(max = 4000) String description, @Valid List<MemberData> members) {

	public WorkingGroupData {
		members = members == null ? List.of() : List.copyOf(members);
	}

	/** A member: a person, the organization they come from, their role, from, until (open when still in). */
	public record MemberData(@NotNull Long personId, Long organizationId, @NotNull GroupRole role, LocalDate from,
			LocalDate until) {
	}
}
