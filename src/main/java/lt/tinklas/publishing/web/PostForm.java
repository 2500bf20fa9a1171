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
public class PostForm {

	private String title;
	private String titleEn;
	private String lead;
	private String leadEn;
	private String body;
	private String bodyEn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime publishAt = LocalDateTime.now(Formats.VILNIUS).truncatedTo(ChronoUnit.MINUTES);
	private boolean published;
	private MultipartFile image;
	private String imageAlt;
	private String imageAltEn;
	private boolean removeImage;
	private Long version;

	static PostForm of(Site.PostView post) {
		PostForm form = new PostForm();
		form.title = post.title();
		form.titleEn = post.titleEn();
		form.lead = post.lead();
		form.leadEn = post.leadEn();
		form.body = post.body();
		form.bodyEn = post.bodyEn();
		form.publishAt = post.publishAt().atZoneSameInstant(Formats.VILNIUS).toLocalDateTime();
		form.published = post.published();
		form.imageAlt = post.imageAlt();
		form.imageAltEn = post.imageAltEn();
		form.version = post.version();
		return form;
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

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getLeadEn() {
		return leadEn;
	}

	public void setLeadEn(String leadEn) {
		this.leadEn = leadEn;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public LocalDateTime getPublishAt() {
		return publishAt;
	}

	public void setPublishAt(LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public MultipartFile getImage() {
		return image;
	}

	public void setImage(MultipartFile image) {
		this.image = image;
	}

	public String getImageAlt() {
		return imageAlt;
	}

	public void setImageAlt(String imageAlt) {
		this.imageAlt = imageAlt;
	}

	public String getImageAltEn() {
		return imageAltEn;
	}

	public void setImageAltEn(String imageAltEn) {
		this.imageAltEn = imageAltEn;
	}

	public boolean isRemoveImage() {
		return removeImage;
	}

	public void setRemoveImage(boolean removeImage) {
		this.removeImage = removeImage;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
