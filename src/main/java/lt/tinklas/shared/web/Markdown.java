package lt.tinklas.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown as the public site shows it. Rendering is safe: HTML typed into the text is shown as
 * text, not run, and links and pictures keep only web, mail and relative addresses (no
 * {@code javascript:}). Headings move one level down, as the page's own title is the only first
 * level heading.
 */
@Component
public class Markdown {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/** The HTML of a Markdown text; empty for none. */
	public String html(String markdown) {
		return markdown == null || markdown.isBlank() ? "" : renderer.render(parsed(markdown));
	}

	/**
	 * The HTML of a Markdown text read away from the site (in a mail): links and pictures given
	 * relative to the site ({@code /n/...}) point at {@code base}.
	 */
	public String html(String markdown, String base) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = parsed(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				link.setDestination(absolute(link.getDestination(), base));
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				image.setDestination(absolute(image.getDestination(), base));
				visitChildren(image);
			}
		});
		return renderer.render(document);
	}

	private static String absolute(String destination, String base) {
		return destination != null && destination.startsWith("/") && !destination.startsWith("//") ? base + destination
				: destination;
	}

	private Node parsed(String markdown) {
		Node document = parser.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + 1));
				visitChildren(heading);
			}
		});
		return document;
	}

	/** The addresses of the pictures in a text that have no alt text (which a screen reader could read). */
	public List<String> imagesWithoutAlt(String markdown) {
		List<String> missing = new ArrayList<>();
		if (markdown == null || markdown.isBlank()) {
			return missing;
		}
		parser.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				StringBuilder alt = new StringBuilder();
				image.accept(new AbstractVisitor() {
					@Override
					public void visit(Text text) {
						alt.append(text.getLiteral());
					}
				});
				if (alt.toString().isBlank()) {
					missing.add(image.getDestination());
				}
			}
		});
		return missing;
	}
}
