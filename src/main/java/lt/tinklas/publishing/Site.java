package lt.tinklas.publishing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lt.tinklas.shared.web.Markdown;
import lt.tinklas.publishing.domain.MediaMention;
import lt.tinklas.publishing.domain.MediaMentionRecords;
import lt.tinklas.publishing.domain.NewsPost;
import lt.tinklas.publishing.domain.NewsPostRecords;
import lt.tinklas.publishing.domain.Publication;
import lt.tinklas.publishing.domain.PublicationRecords;
import lt.tinklas.publishing.domain.SitePage;
import lt.tinklas.publishing.domain.SitePageRecords;
import lt.tinklas.shared.files.FileKinds;
import lt.tinklas.shared.history.FieldChange;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.shared.history.RecordHistory;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException.FieldError;
import lt.tinklas.shared.web.InvalidInputException;
import lt.tinklas.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lt.tinklas.shared.text.WebLinks;

/**
 * The public site's records, for the staff who keep them and for the public pages that show them.
 * Every check is made before anything is saved, and every refusal names its field.
 */
@Service
public class Site {

	public static final String ABOUT = "about";

	public static final String CONTACTS = "contacts";

	/** The privacy notice: every public form that takes personal data links to it. */
	public static final String PRIVACY = "privacy";

	/** Whether a page is one of the site's own sections (about, contacts, the privacy notice) rather than a page of its own in the menu. */
	public static boolean isSection(String slug) {
		return ABOUT.equals(slug) || CONTACTS.equals(slug) || PRIVACY.equals(slug);
	}

	static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	static final int MAX_BODY = 20_000;

	private final SitePageRecords pages;
	private final NewsPostRecords posts;
	private final MediaMentionRecords mentions;
	private final PublicationRecords publications;
	private final Markdown markdown;
	private final RecordHistory history;

	Site(SitePageRecords pages, NewsPostRecords posts, MediaMentionRecords mentions, PublicationRecords publications,
			Markdown markdown, RecordHistory history) {
		this.pages = pages;
		this.posts = posts;
		this.mentions = mentions;
		this.publications = publications;
		this.markdown = markdown;
		this.history = history;
	}

	// ---- views

	public record PageView(long id, long version, String slug, String title, String titleEn, String description,
			String descriptionEn, String body, String bodyEn, boolean published, int position) {

		public String title(String language) {
			return pick(language, title, titleEn);
		}

		public String description(String language) {
			return pick(language, description, descriptionEn);
		}

		public String body(String language) {
			return pick(language, body, bodyEn);
		}
	}

	public record PageData(String slug, String title, String titleEn, String description, String descriptionEn,
			String body, String bodyEn, boolean published, Integer position) {
	}

	/** Where a post stands for the public: a draft, waiting for its time, or public. */
	public enum PostStatus {
		DRAFT, SCHEDULED, PUBLIC
	}

	public record PostView(long id, long version, String slug, String title, String titleEn, String lead,
			String leadEn, String body, String bodyEn, OffsetDateTime publishAt, boolean published, boolean hasImage,
			String imageAlt, String imageAltEn) {

		public String title(String language) {
			return pick(language, title, titleEn);
		}

		public String lead(String language) {
			return pick(language, lead, leadEn);
		}

		public String body(String language) {
			return pick(language, body, bodyEn);
		}

		public String imageAlt(String language) {
			return pick(language, imageAlt, imageAltEn);
		}

		public PostStatus status() {
			if (!published) {
				return PostStatus.DRAFT;
			}
			return publishAt.isAfter(OffsetDateTime.now(Formats.VILNIUS)) ? PostStatus.SCHEDULED : PostStatus.PUBLIC;
		}
	}

	/**
	 * A post as typed: {@code publishAt} is a local date-time in Vilnius; the image, when given,
	 * replaces the one the post has.
	 */
	public record PostData(String title, String titleEn, String lead, String leadEn, String body, String bodyEn,
			LocalDateTime publishAt, boolean published, byte[] image, String imageAlt, String imageAltEn,
			boolean removeImage) {
	}

	public record MentionView(long id, String outlet, String title, String url, LocalDate mentionedOn) {
	}

	public record PublicationView(long id, String title, String titleEn, PublicationKind kind, int year,
			String fileName, String contentType, long size) {

		public String title(String language) {
			return pick(language, title, titleEn);
		}

		/** The size as people read it: “320 KB”, “1,4 MB”. */
		public String sizeText() {
			if (size < 1024 * 1024) {
				return Math.max(1, Math.round(size / 1024.0)) + " KB";
			}
			return String.format(Locale.forLanguageTag("lt"), "%.1f MB", size / 1024.0 / 1024.0);
		}
	}

	public record Image(String contentType, byte[] content) {
	}

	public record FileContent(String fileName, String contentType, byte[] content) {
	}

	static String pick(String language, String lt, String en) {
		return "en".equals(language) && en != null && !en.isBlank() ? en : lt;
	}

	// ---- pages

	@Transactional(readOnly = true)
	public List<PageView> pages() {
		return pages.findAllByOrderByPositionAscTitleAsc().stream().map(Site::view).toList();
	}

	@Transactional(readOnly = true)
	public PageView page(long id) {
		return view(findPage(id));
	}

	/** A published page by its address, for the public. */
	@Transactional(readOnly = true)
	public Optional<PageView> publicPage(String slug) {
		return pages.findBySlug(slug).filter(SitePage::isPublished).map(Site::view);
	}

	@Transactional
	public PageView createPage(PageData data) {
		List<FieldError> errors = checkPage(data);
		String slug = data.slug() == null ? "" : data.slug().strip().toLowerCase(Locale.ROOT);
		if (errors.stream().noneMatch(e -> e.field().equals("slug")) && pages.findBySlug(slug).isPresent()) {
			errors.add(new FieldError("slug", "publishing.error.slugTaken", new Object[] { slug }));
		}
		refuseIf(errors);
		SitePage page = new SitePage(slug);
		apply(page, data);
		return view(pages.saveAndFlush(page));
	}

	@Transactional
	public PageView updatePage(long id, long version, PageData data) {
		SitePage page = findPage(id);
		List<FieldError> errors = checkPage(new PageData(page.getSlug(), data.title(), data.titleEn(), data.description(),
				data.descriptionEn(), data.body(), data.bodyEn(), data.published(), data.position()));
		refuseIf(errors);
		page.checkVersion(version);
		apply(page, data);
		return view(pages.saveAndFlush(page));
	}

	@Transactional
	public void deletePage(long id) {
		pages.delete(findPage(id));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> pageHistory(long id) {
		findPage(id);
		return history.of(SitePage.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> pageChangedSince(long id, long version) {
		return history.changedSince(SitePage.class, id, version);
	}

	private List<FieldError> checkPage(PageData data) {
		List<FieldError> errors = new ArrayList<>();
		String slug = data.slug() == null ? "" : data.slug().strip().toLowerCase(Locale.ROOT);
		if (slug.isEmpty()) {
			errors.add(new FieldError("slug", "publishing.error.required", new Object[0]));
		}
		else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
			errors.add(new FieldError("slug", "publishing.error.slug", new Object[0]));
		}
		required(errors, "title", data.title(), 300);
		optional(errors, "titleEn", data.titleEn(), 300);
		optional(errors, "description", data.description(), 300);
		optional(errors, "descriptionEn", data.descriptionEn(), 300);
		body(errors, "body", data.body());
		body(errors, "bodyEn", data.bodyEn());
		if (data.position() != null && (data.position() < 0 || data.position() > 999)) {
			errors.add(new FieldError("position", "publishing.error.position", new Object[] { 0, 999 }));
		}
		return errors;
	}

	private static void apply(SitePage page, PageData data) {
		page.change(data.title().strip(), blankToNull(data.titleEn()), blankToNull(data.description()),
				blankToNull(data.descriptionEn()), blankToNull(data.body()), blankToNull(data.bodyEn()), data.published(),
				data.position() == null ? 0 : data.position());
	}

	private SitePage findPage(long id) {
		return pages.findById(id).orElseThrow(() -> new NotFoundException("site page " + id));
	}

	private static PageView view(SitePage p) {
		return new PageView(p.getId(), p.getVersion(), p.getSlug(), p.getTitle(), p.getTitleEn(), p.getDescription(),
				p.getDescriptionEn(), p.getBody(), p.getBodyEn(), p.isPublished(), p.getPosition());
	}

	// ---- news posts

	@Transactional(readOnly = true)
	public List<PostView> posts() {
		return posts.findAllByOrderByPublishAtDesc().stream().map(Site::view).toList();
	}

	@Transactional(readOnly = true)
	public PostView post(long id) {
		return view(findPost(id));
	}

	/** The posts the public sees now, the newest first. */
	@Transactional(readOnly = true)
	public List<PostView> publicPosts() {
		return posts.publicAt(OffsetDateTime.now(Formats.VILNIUS)).stream().map(Site::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PostView> publicPost(String slug) {
		return posts.findBySlug(slug).map(Site::view).filter(p -> p.status() == PostStatus.PUBLIC);
	}

	@Transactional(readOnly = true)
	public Optional<Image> publicPostImage(String slug) {
		return posts.findBySlug(slug)
			.filter(p -> view(p).status() == PostStatus.PUBLIC && p.hasImage())
			.map(p -> new Image(p.getImageContentType(), p.getImage()));
	}

	/** A post's picture for the staff, whatever the post's status. */
	@Transactional(readOnly = true)
	public Optional<Image> postImage(long id) {
		NewsPost post = findPost(id);
		return post.hasImage() ? Optional.of(new Image(post.getImageContentType(), post.getImage())) : Optional.empty();
	}

	@Transactional
	public PostView createPost(PostData data) {
		String type = checkPost(data, false);
		NewsPost post = new NewsPost(freeSlug(data.title()));
		apply(post, data, type);
		return view(posts.saveAndFlush(post));
	}

	@Transactional
	public PostView updatePost(long id, long version, PostData data) {
		NewsPost post = findPost(id);
		String type = checkPost(data, post.hasImage() && !data.removeImage());
		post.checkVersion(version);
		apply(post, data, type);
		return view(posts.saveAndFlush(post));
	}

	@Transactional
	public void deletePost(long id) {
		posts.delete(findPost(id));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> postHistory(long id) {
		findPost(id);
		return history.of(NewsPost.class, id);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> postChangedSince(long id, long version) {
		return history.changedSince(NewsPost.class, id, version);
	}

	/** Checks a post; gives the type of the new picture, if one was sent. */
	private String checkPost(PostData data, boolean keepsImage) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "title", data.title(), 300);
		optional(errors, "titleEn", data.titleEn(), 300);
		optional(errors, "lead", data.lead(), 1000);
		optional(errors, "leadEn", data.leadEn(), 1000);
		body(errors, "body", data.body());
		body(errors, "bodyEn", data.bodyEn());
		if (data.publishAt() == null) {
			errors.add(new FieldError("publishAt", "publishing.error.required", new Object[0]));
		}
		else if (data.publishAt().getYear() < 1990 || data.publishAt().getYear() > 2100) {
			errors.add(new FieldError("publishAt", "publishing.error.publishAt", new Object[0]));
		}
		String type = null;
		boolean newImage = data.image() != null && data.image().length > 0;
		if (newImage) {
			type = FileKinds.imageType(data.image());
			if (type == null) {
				errors.add(new FieldError("image", "publishing.error.notImage", new Object[0]));
			}
			else if (data.image().length > MAX_IMAGE_BYTES) {
				errors.add(new FieldError("image", "publishing.error.imageSize", new Object[] { MAX_IMAGE_BYTES / 1024 / 1024 }));
			}
		}
		if ((newImage || keepsImage) && !data.removeImage()) {
			required(errors, "imageAlt", data.imageAlt(), 500);
			optional(errors, "imageAltEn", data.imageAltEn(), 500);
		}
		refuseIf(errors);
		return type;
	}

	private void apply(NewsPost post, PostData data, String imageType) {
		post.change(data.title().strip(), blankToNull(data.titleEn()), blankToNull(data.lead()), blankToNull(data.leadEn()),
				blankToNull(data.body()), blankToNull(data.bodyEn()),
				data.publishAt().atZone(Formats.VILNIUS).toOffsetDateTime(), data.published());
		if (data.removeImage()) {
			post.removeImage();
		}
		else if (imageType != null) {
			post.showImage(imageType, data.image(), data.imageAlt().strip(), blankToNull(data.imageAltEn()));
		}
		else if (post.hasImage()) {
			post.describeImage(data.imageAlt().strip(), blankToNull(data.imageAltEn()));
		}
	}

	/** An address made of the title's letters without their marks, unique in the network. */
	private String freeSlug(String title) {
		String base = Normalizer.normalize(title.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.length() > 80) {
			base = base.substring(0, 80).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = "irasas";
		}
		String slug = base;
		for (int n = 2; posts.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private NewsPost findPost(long id) {
		return posts.findById(id).orElseThrow(() -> new NotFoundException("news post " + id));
	}

	private static PostView view(NewsPost p) {
		return new PostView(p.getId(), p.getVersion(), p.getSlug(), p.getTitle(), p.getTitleEn(), p.getLead(),
				p.getLeadEn(), p.getBody(), p.getBodyEn(), p.getPublishAt().atZoneSameInstant(Formats.VILNIUS).toOffsetDateTime(),
				p.isPublished(), p.hasImage(), p.getImageAlt(), p.getImageAltEn());
	}

	// ---- media mentions

	@Transactional(readOnly = true)
	public List<MentionView> mentions() {
		return mentions.findAllByOrderByMentionedOnDescIdDesc().stream().map(Site::view).toList();
	}

	@Transactional
	public MentionView addMention(String outlet, String title, String url, LocalDate mentionedOn) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "outlet", outlet, 200);
		required(errors, "title", title, 500);
		if (url != null && !url.isBlank() && (!WebLinks.acceptable(url) || url.strip().length() > 1000)) {
			errors.add(new FieldError("url", "validation.url", new Object[0]));
		}
		if (mentionedOn == null) {
			errors.add(new FieldError("mentionedOn", "publishing.error.required", new Object[0]));
		}
		else if (mentionedOn.isAfter(LocalDate.now(Formats.VILNIUS))) {
			errors.add(new FieldError("mentionedOn", "publishing.error.future", new Object[0]));
		}
		refuseIf(errors);
		return view(mentions.saveAndFlush(new MediaMention(outlet.strip(), title.strip(), blankToNull(url), mentionedOn)));
	}

	@Transactional
	public void deleteMention(long id) {
		mentions.delete(mentions.findById(id).orElseThrow(() -> new NotFoundException("media mention " + id)));
	}

	private static MentionView view(MediaMention m) {
		return new MentionView(m.getId(), m.getOutlet(), m.getTitle(), m.getUrl(), m.getMentionedOn());
	}

	// ---- publications

	@Transactional(readOnly = true)
	public List<PublicationView> publications() {
		return publications.findAllByOrderByYearDescIdDesc().stream().map(Site::view).toList();
	}

	@Transactional
	public PublicationView addPublication(String title, String titleEn, PublicationKind kind, Integer year,
			String fileName, byte[] content) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "title", title, 300);
		optional(errors, "titleEn", titleEn, 300);
		if (kind == null) {
			errors.add(new FieldError("kind", "publishing.error.required", new Object[0]));
		}
		int lastYear = LocalDate.now(Formats.VILNIUS).getYear() + 1;
		if (year == null) {
			errors.add(new FieldError("year", "publishing.error.required", new Object[0]));
		}
		else if (year < 1990 || year > lastYear) {
			errors.add(new FieldError("year", "publishing.error.year", new Object[] { "1990", String.valueOf(lastYear) }));
		}
		String type = null;
		if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
			errors.add(new FieldError("file", "publishing.error.noFile", new Object[0]));
		}
		else if (content.length > MAX_FILE_BYTES) {
			errors.add(new FieldError("file", "publishing.error.fileSize", new Object[] { MAX_FILE_BYTES / 1024 / 1024 }));
		}
		else if (FileKinds.unsafeName(fileName)) {
			errors.add(new FieldError("file", "file.error.name", new Object[0]));
		}
		else if ((type = FileKinds.documentType(fileName, content)) == null) {
			errors.add(new FieldError("file", "publishing.error.fileType", new Object[0]));
		}
		refuseIf(errors);
		String name = FileKinds.baseName(fileName);
		return view(publications.saveAndFlush(new Publication(title.strip(), blankToNull(titleEn), kind, year,
				name.length() > 200 ? name.substring(name.length() - 200) : name, type, content)));
	}

	@Transactional(readOnly = true)
	public Optional<FileContent> publicationFile(long id) {
		return publications.findById(id).map(p -> new FileContent(p.getFileName(), p.getContentType(), p.getContent()));
	}

	@Transactional
	public void deletePublication(long id) {
		publications.delete(publications.findById(id).orElseThrow(() -> new NotFoundException("publication " + id)));
	}

	private static PublicationView view(Publication p) {
		return new PublicationView(p.getId(), p.getTitle(), p.getTitleEn(), p.getKind(), p.getYear(), p.getFileName(),
				p.getContentType(), p.getSize());
	}

	// ---- checks

	private static void required(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "publishing.error.required", new Object[0]));
		}
		else {
			optional(errors, field, value, max);
		}
	}

	private static void optional(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.add(new FieldError(field, "publishing.error.tooLong", new Object[] { max }));
		}
	}

	private void body(List<FieldError> errors, String field, String value) {
		optional(errors, field, value, MAX_BODY);
		List<String> missing = markdown.imagesWithoutAlt(value);
		if (!missing.isEmpty()) {
			errors.add(new FieldError(field, "publishing.error.imageAlt", new Object[] { missing.get(0) }));
		}
	}

	private static void refuseIf(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
