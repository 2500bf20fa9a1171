package lt.tinklas.partnerships.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import lt.tinklas.partnerships.MunicipalAgreements;
import lt.tinklas.shared.map.MunicipalityMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The agreements on the map of Lithuania: each municipality coloured by where its agreement stands
 * on a day (none, planned, negotiating, signed, ended). The colours differ in lightness as well as
 * in hue, so they stay apart in greyscale; the hover titles and the table carry the words.
 */
@Service
public class AgreementMap {

	/** Category (the path's data-status) to fill colour, in legend order. */
	static final Map<String, String> COLOURS = colours();

	private final MunicipalAgreements agreements;
	private final MunicipalityMap map;
	private final MessageSource messages;

	AgreementMap(MunicipalAgreements agreements, MunicipalityMap map, MessageSource messages) {
		this.agreements = agreements;
		this.map = map;
		this.messages = messages;
	}

	private static Map<String, String> colours() {
		Map<String, String> colours = new LinkedHashMap<>();
		colours.put("none", "#f4f4f4");
		colours.put("planned", "#a6cee3");
		colours.put("negotiating", "#f4a261");
		colours.put("signed", "#1b7837");
		colours.put("ended", "#6a3d9a");
		return colours;
	}

	/** The map as it stands on a day. */
	public MunicipalityMap.MapView on(LocalDate day, Locale locale) {
		Map<String, String> categories = new LinkedHashMap<>();
		Map<String, String> details = new LinkedHashMap<>();
		agreements.standingOn(day).forEach((code, agreement) -> {
			categories.put(code, category(agreement, day));
			StringBuilder detail = new StringBuilder();
			if (agreement.signedOn() != null) {
				detail.append(agreement.signedOn());
				if (agreement.status().hasSignedPeriod()) {
					detail.append(" – ").append(agreement.validUntil() == null ? "" : agreement.validUntil().toString());
				}
			}
			details.put(code, detail.toString().strip());
		});
		Map<String, MunicipalityMap.Style> styles = new LinkedHashMap<>();
		COLOURS.forEach((category, colour) -> styles.put(category,
				new MunicipalityMap.Style(colour, messages.getMessage("partnerships.map.category." + category, null, locale))));
		return map.draw(messages.getMessage("partnerships.map.caption", new Object[] { day.toString() }, locale),
				categories, "none", styles, details, messages.getMessage("partnerships.map.detail", null, locale));
	}

	static String category(AgreementView agreement, LocalDate day) {
		if (agreement.inForceOn(day)) {
			return "signed";
		}
		return agreement.statusOn(day).name().toLowerCase(Locale.ROOT);
	}
}
