package lt.tinklas.networks;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lt.tinklas.shared.text.WebLinks;
import jakarta.validation.constraints.Size;

/**
 * The editable settings of a network, as the settings page and the API take them. {@code version}
 * is the one the editor read; an unchecked box ({@code platformAdminMayRead} absent) means no. The
 * English texts are shown in English where set; the colour must carry white text (WCAG AA).
 */
public record NetworkSettings(
		@NotBlank @Size(max = 200) String name,
		@Size(max = 40) String shortName,
		@Email @Size(max = 320) String email,
		@Size(max = 40) String phone,
		@Size(max = 300) @Pattern(regexp = WebLinks.PATTERN, message = "{validation.url}") String website,
		@Size(max = 300) String address,
		@Size(max = 2000) String mission,
		@Size(max = 2000) String vision,
		@Size(max = 4000) String values,
		@NotBlank @Size(max = 80) @Pattern(regexp = ".*\\{seq(:\\d)?\\}.*", message = "{network.error.patternNeedsSeq}") String letterNumberPattern,
		Boolean platformAdminMayRead,
		@Size(max = 200) String nameEn,
		@Size(max = 2000) String missionEn,
		@Size(max = 2000) String visionEn,
		@Size(max = 4000) String valuesEn,
		@Schema(description = "The main colour, #rrggbb; white text on it must reach a contrast of 4.5:1", example = "#1f4e79")
		@Pattern(regexp = "^$|^#[0-9a-fA-F]{6}$", message = "{network.error.colour}") String colour,
		@Schema(description = "Who signs the certificates") @Size(max = 200) String signerName,
		@Schema(description = "The signer's position, in Lithuanian") @Size(max = 200) String signerPosition,
		@Schema(description = "The signer's position, in English") @Size(max = 200) String signerPositionEn,
		@NotNull Long version) {

	/** The values one per line, as the settings keep them, without empty lines. */
	public List<String> valueList() {
		return lines(values);
	}

	/** The values in the language: the English ones in English when there are any. */
	public List<String> valueList(String language) {
		return "en".equals(language) && valuesEn != null ? lines(valuesEn) : lines(values);
	}

	/** The name in the language: the English one in English when there is one. */
	public String name(String language) {
		return "en".equals(language) && nameEn != null ? nameEn : name;
	}

	/** The mission in the language, the Lithuanian one when no English one is set. */
	public String mission(String language) {
		return "en".equals(language) && missionEn != null ? missionEn : mission;
	}

	/** The vision in the language, the Lithuanian one when no English one is set. */
	public String vision(String language) {
		return "en".equals(language) && visionEn != null ? visionEn : vision;
	}

	/** Whether a text asked for in the language is shown in Lithuanian, for lang marks on the page. */
	public boolean lithuanianIn(String language, String english) {
		return !"en".equals(language) || english == null;
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
