package lt.tinklas.messaging;

import java.util.Arrays;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * A file sent with a mail (a letter as PDF): its name as the reader sees it, Lithuanian letters and
 * all, its MIME type and its bytes. Refused at once, before any mail is written, when a part is
 * missing or empty, the name is longer than 255 characters or holds a line break, or the type is
 * not a MIME type of at most 100 characters. The bytes are copied in and out: the mail sends what
 * was given, whatever the caller's array holds later.
 */
public record Attachment(String fileName, String contentType, byte[] content) {

	public Attachment {
		if (fileName == null || fileName.isBlank()) {
			throw new IllegalArgumentException("An attachment needs a file name");
		}
		if (fileName.length() > 255 || fileName.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("Not a file name for an attachment: " + fileName);
		}
		if (contentType == null || contentType.isBlank()) {
			throw new IllegalArgumentException("An attachment needs a content type");
		}
		if (contentType.length() > 100 || !isMimeType(contentType)) {
			throw new IllegalArgumentException("Not a content type: " + contentType);
		}
		if (content == null || content.length == 0) {
			throw new IllegalArgumentException("An attachment needs content");
		}
		content = content.clone();
	}

	private static boolean isMimeType(String type) {
		try {
			ContentType parsed = new ContentType(type);
			return parsed.getPrimaryType() != null && parsed.getSubType() != null;
		}
		catch (ParseException e) {
			return false;
		}
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment that && fileName.equals(that.fileName)
				&& contentType.equals(that.contentType) && Arrays.equals(content, that.content);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
	}

	@Override
	public String toString() {
		return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
	}
}
