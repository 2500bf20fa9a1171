package lt.tinklas.advocacy.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots what looks like someone's contact details or personal code in a text: proposals from
 * involvement meetings must carry none.
 */
public final class PersonalData {

	/** What was spotted. */
	public enum Kind {
		EMAIL, PHONE, PERSONAL_CODE
	}

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");

	/** Lithuanian numbers: +370 or 8 and eight digits, spaces and dashes allowed between. */
	private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+370|8)[\\s-]?\\(?\\d\\)?(?:[\\s-]?\\d){7}(?![\\d])");

	private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)[1-6]\\d{10}(?!\\d)");

	private PersonalData() {
	}

	public static List<Kind> spotted(String text) {
		List<Kind> kinds = new ArrayList<>();
		if (text == null) {
			return kinds;
		}
		if (EMAIL.matcher(text).find()) {
			kinds.add(Kind.EMAIL);
		}
		Matcher codes = ELEVEN_DIGITS.matcher(text);
		while (codes.find()) {
			if (validPersonalCode(codes.group())) {
				kinds.add(Kind.PERSONAL_CODE);
				break;
			}
		}
		if (PHONE.matcher(text).find()) {
			kinds.add(Kind.PHONE);
		}
		return kinds;
	}

	/** The Lithuanian personal code's check digit (weights 1..9,1, then 3..9,1,2,3 when the first gives 10). */
	static boolean validPersonalCode(String code) {
		int[] digits = code.chars().map(c -> c - '0').toArray();
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += digits[i] * (i % 9 + 1);
		}
		int check = sum % 11;
		if (check == 10) {
			sum = 0;
			for (int i = 0; i < 10; i++) {
				sum += digits[i] * ((i + 2) % 9 + 1);
			}
			check = sum % 11;
			if (check == 10) {
				check = 0;
			}
		}
		return check == digits[10];
	}
}
