package lt.tinklas.growth.application;

import java.util.List;

import lt.tinklas.growth.domain.GrowthSettings;
import lt.tinklas.growth.domain.GrowthSettingsRecords;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network's activity keywords, matched in register names to mark the likely organizations. */
@Service
public class GrowthSettingsService {

	static final int KEYWORDS_MAX = 2000;

	private final GrowthSettingsRecords settings;

	GrowthSettingsService(GrowthSettingsRecords settings) {
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public List<String> keywords() {
		return settings.findFirstBy().map(GrowthSettings::keywordList).orElse(List.of());
	}

	/** The keywords as typed, commas or new lines between them; each at least three letters. */
	@Transactional
	public void setKeywords(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.length() > KEYWORDS_MAX) {
			throw InvalidInputException.of("keywords", "form.error.tooLong", KEYWORDS_MAX);
		}
		GrowthSettings candidate = new GrowthSettings(text);
		for (String keyword : candidate.keywordList()) {
			if (keyword.codePointCount(0, keyword.length()) < 3) {
				throw InvalidInputException.of("keywords", "growth.error.keywordShort", keyword);
			}
		}
		String kept = String.join(", ", candidate.keywordList());
		GrowthSettings current = settings.findFirstBy().orElseGet(() -> new GrowthSettings(kept));
		current.change(kept);
		settings.saveAndFlush(current);
	}
}
