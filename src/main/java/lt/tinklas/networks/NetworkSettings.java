package lt.tinklas.networks;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable settings of a network, as the settings page and the API take them. {@code version}
 * is the one the editor read; an unchecked box ({@code platformAdminMayRead} absent) means no.
 */
public record NetworkSettings(
		@NotBlank @Size(max = 200) String name,
		@Size(max = 40) String shortName,
		@Email @Size(max = 320) String email,
		@Size(max = 40) String phone,
		@Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}") String website,
		@Size(max = 300) String address,
		@Size(max = 2000) String mission,
		@Size(max = 2000) String vision,
		@Size(max = 4000) String values,
		@NotBlank @Size(max = 80) @Pattern(regexp = ".*\\{seq(:\\d)?\\}.*", message = "{network.error.patternNeedsSeq}") String letterNumberPattern,
		Boolean platformAdminMayRead,
		@NotNull Long version) {

	/** The values one per line, as the settings keep them, without empty lines. */
	public List<String> valueList() {
		if (values == null) {
			return List.of();
		}
		return Arrays.stream(values.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
