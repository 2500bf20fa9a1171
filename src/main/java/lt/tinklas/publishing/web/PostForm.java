package lt.tinklas.publishing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import lt.tinklas.publishing.Site;
import lt.tinklas.shared.web.Formats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A news post as typed in its form; the publish time is Vilnius time. */
public record PostForm(
		String title,
		String titleEn,
		String lead,
		String leadEn,
		String body,
		String bodyEn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
		Boolean published,
		MultipartFile image,
		String imageAlt,
		String imageAltEn,
		Boolean removeImage,
		Long version) implements SiteTextForm {

	public PostForm {
		// a box left unticked, or not on the page at all, is false
		published = Boolean.TRUE.equals(published);
		removeImage = Boolean.TRUE.equals(removeImage);
	}

	/** A new post's form, to be published this minute, not yet published. */
	static PostForm empty() {
		return new PostForm(null, null, null, null, null, null,
				LocalDateTime.now(Formats.VILNIUS).truncatedTo(ChronoUnit.MINUTES), false, null, null, null, false, null);
	}

	static PostForm of(Site.PostView post) {
		return new PostForm(post.title(), post.titleEn(), post.lead(), post.leadEn(), post.body(), post.bodyEn(),
				post.publishAt().atZoneSameInstant(Formats.VILNIUS).toLocalDateTime(), post.published(), null,
				post.imageAlt(), post.imageAltEn(), false, post.version());
	}

	Site.PostData data() {
		byte[] content;
		try {
			content = image == null || image.isEmpty() ? null : image.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Site.PostData(title, titleEn, lead, leadEn, body, bodyEn, publishAt, published, content, imageAlt,
				imageAltEn, removeImage);
	}
}
