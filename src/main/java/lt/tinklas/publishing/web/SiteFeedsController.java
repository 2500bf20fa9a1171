package lt.tinklas.publishing.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.events.EventView;
import lt.tinklas.events.Events;
import lt.tinklas.networks.Networks;
import lt.tinklas.newsletters.Newsletters;
import lt.tinklas.publishing.Site;
import lt.tinklas.reports.AnnualReports;
import lt.tinklas.shared.replica.ReadsFromReplica;
import lt.tinklas.shared.tenancy.NetworkRef;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public site for programs: the news and public newsletters as RSS 2.0 and the list of public pages as a sitemap. */
@ReadsFromReplica
@Controller
class SiteFeedsController {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final Site site;
	private final Networks networks;
	private final Events events;
	private final AnnualReports reports;
	private final MessageSource messages;
	private final Newsletters newsletters;
	private final String baseUrl;

	SiteFeedsController(Site site, Networks networks, Events events, AnnualReports reports, MessageSource messages,
			Newsletters newsletters, @Value("${tinklas.base-url}") String baseUrl) {
		this.newsletters = newsletters;
		this.site = site;
		this.networks = networks;
		this.events = events;
		this.reports = reports;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/n/{slug}/public/news.rss")
	ResponseEntity<String> rss(HttpServletRequest request) throws XMLStreamException {
		NetworkRef network = NetworkContext.of(request);
		String language = LocaleContextHolder.getLocale().getLanguage();
		String root = baseUrl + "/n/" + network.slug() + "/public";
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		String name = networks.settings(network.id()).name();
		element(xml, "title", name + " · " + messages.getMessage("site.nav.news", null, LocaleContextHolder.getLocale()));
		element(xml, "link", root + "/news");
		element(xml, "description", messages.getMessage("site.rss.description", new Object[] { name },
				LocaleContextHolder.getLocale()));
		element(xml, "language", language);
		List<Item> items = new ArrayList<>();
		for (Site.PostView post : site.publicPosts()) {
			items.add(new Item(post.title(language), root + "/news/" + post.slug(), post.publishAt().toInstant(),
					post.lead(language)));
		}
		for (Newsletters.ArchivedMailing mailing : newsletters.archive(language)) {
			items.add(new Item(mailing.subject(), root + "/newsletters/" + mailing.id(), mailing.sentAt(), null));
		}
		items.sort(Comparator.comparing(Item::at).reversed());
		for (Item item : items) {
			xml.writeStartElement("item");
			element(xml, "title", item.title());
			element(xml, "link", item.link());
			xml.writeStartElement("guid");
			xml.writeAttribute("isPermaLink", "true");
			xml.writeCharacters(item.link());
			xml.writeEndElement();
			element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(item.at().atZone(Formats.VILNIUS)));
			if (item.description() != null) {
				element(xml, "description", item.description());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8")).body(out.toString());
	}

	/** A news post or a public newsletter, as the feed lists it. */
	private record Item(String title, String link, Instant at, String description) {
	}

	/** Every public page of the network, each with its Lithuanian and English address. */
	@GetMapping("/n/{slug}/public/sitemap.xml")
	ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
		NetworkRef network = NetworkContext.of(request);
		String root = baseUrl + "/n/" + network.slug() + "/public";
		List<String[]> pages = new ArrayList<>();
		for (String path : List.of("", "/about", "/strategy", "/members", "/events", "/projects", "/news", "/newsletters", "/media",
				"/publications", "/results", "/apply", "/contacts", "/privacy")) {
			pages.add(new String[] { root + path, null });
		}
		for (Site.PageView page : site.pages()) {
			if (page.published() && !Site.isSection(page.slug())) {
				pages.add(new String[] { root + "/pages/" + page.slug(), null });
			}
		}
		for (Site.PostView post : site.publicPosts()) {
			pages.add(new String[] { root + "/news/" + post.slug(), post.publishAt().toLocalDate().toString() });
		}
		for (Newsletters.ArchivedMailing mailing : newsletters.archive("lt")) {
			pages.add(new String[] { root + "/newsletters/" + mailing.id(),
					mailing.sentAt().atZone(Formats.VILNIUS).toLocalDate().toString() });
		}
		for (int year : reports.publishedYears()) {
			pages.add(new String[] { root + "/results/" + year, null });
		}
		LocalDate today = LocalDate.now(Formats.VILNIUS);
		for (EventView event : events.list(today.minusYears(1), today.plusYears(2), null)) {
			if (event.isPublic()) {
				pages.add(new String[] { root + "/events/" + event.id(), null });
			}
		}
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		xml.writeNamespace("xhtml", XHTML);
		for (String[] page : pages) {
			xml.writeStartElement("url");
			element(xml, "loc", page[0]);
			if (page[1] != null) {
				element(xml, "lastmod", page[1]);
			}
			for (String language : List.of("lt", "en")) {
				xml.writeEmptyElement("xhtml", "link", XHTML);
				xml.writeAttribute("rel", "alternate");
				xml.writeAttribute("hreflang", language);
				xml.writeAttribute("href", page[0] + "?lang=" + language);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
