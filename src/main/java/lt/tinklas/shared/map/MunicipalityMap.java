package lt.tinklas.shared.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lt.tinklas.shared.text.SearchText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of Lithuania's 60 municipalities drawn on the server as SVG, so that it needs no script.
 * <p>
 * The boundaries (reference/lt-municipalities.geojson, WGS84) are projected once, at start-up, to
 * SVG path strings: an equirectangular projection with the longitude shortened by the cosine of
 * Lithuania's middle latitude, which keeps the country's shape within a few per cent. Coordinates
 * are rounded to a tenth of an SVG unit and points closer than {@value #MIN_STEP} units to the last
 * kept one are dropped, which keeps the whole map near 150 KB. The file names municipalities by
 * their register code (SAV_KODAS); reference/lt-municipalities.csv joins that to the ISO 3166-2
 * code (LT-57) the rest of the application uses.
 * <p>
 * A caller gives each municipality a category (an agreement's status, "has members") and each
 * category a colour and a label in the user's language; {@link #draw} returns what
 * templates/fragments/map.html shows: the map, its legend and the same data as a table.
 */
@Service
public class MunicipalityMap {

	/** The width of the drawing in SVG units; the height follows from the country's shape. */
	public static final int WIDTH = 800;

	static final double MIN_STEP = 0.8;

	private final List<Shape> shapes;

	private final int height;

	/** One municipality's outline, ready to draw. */
	record Shape(String code, String name, String path) {
	}

	/** A category's look: the fill colour (#rrggbb) and its label in the user's language. */
	public record Style(String colour, String label) {
	}

	/** One municipality as drawn: its code, name, outline, category, colour and the detail the table shows. */
	public record Area(String code, String name, String path, String category, String colour, String label,
			String detail) {

		/** The hover text: the name, the category and the detail. */
		public String title() {
			return name + ": " + label + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
		}
	}

	/** One legend entry with the number of municipalities in it. */
	public record LegendEntry(String category, String colour, String label, long count) {
	}

	/**
	 * What the map fragment shows. {@code areas} are in Lithuanian alphabetical order, which is also
	 * the table's order; {@code caption} names the map for screen readers ({@code aria-label}).
	 */
	public record MapView(String caption, int width, int height, List<Area> areas, List<LegendEntry> legend,
			String detailHeading) {
	}

	MunicipalityMap() {
		Map<String, String> isoByRegisterCode = isoCodes();
		JsonNode root = read("reference/lt-municipalities.geojson");
		double minLon = Double.MAX_VALUE;
		double maxLon = -Double.MAX_VALUE;
		double minLat = Double.MAX_VALUE;
		double maxLat = -Double.MAX_VALUE;
		for (JsonNode feature : root.get("features")) {
			for (JsonNode ring : feature.get("geometry").get("coordinates")) {
				for (JsonNode point : ring) {
					minLon = Math.min(minLon, point.get(0).doubleValue());
					maxLon = Math.max(maxLon, point.get(0).doubleValue());
					minLat = Math.min(minLat, point.get(1).doubleValue());
					maxLat = Math.max(maxLat, point.get(1).doubleValue());
				}
			}
		}
		double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double scale = WIDTH / ((maxLon - minLon) * shrink);
		this.height = (int) Math.ceil((maxLat - minLat) * scale);
		List<Shape> drawn = new ArrayList<>();
		for (JsonNode feature : root.get("features")) {
			JsonNode properties = feature.get("properties");
			String registerCode = properties.get("SAV_KODAS").asString();
			String iso = isoByRegisterCode.get(registerCode);
			if (iso == null) {
				throw new IllegalStateException("Municipality " + registerCode + " of the map is not in the reference list");
			}
			StringBuilder path = new StringBuilder();
			for (JsonNode ring : feature.get("geometry").get("coordinates")) {
				List<double[]> kept = new ArrayList<>();
				for (JsonNode point : ring) {
					double x = round((point.get(0).doubleValue() - minLon) * shrink * scale);
					double y = round((maxLat - point.get(1).doubleValue()) * scale);
					if (kept.isEmpty()) {
						kept.add(new double[] { x, y });
						continue;
					}
					double[] last = kept.get(kept.size() - 1);
					if (Math.abs(x - last[0]) + Math.abs(y - last[1]) >= MIN_STEP) {
						kept.add(new double[] { x, y });
					}
				}
				if (kept.size() < 3) {
					continue;
				}
				path.append('M').append(number(kept.get(0)[0])).append(' ').append(number(kept.get(0)[1]));
				for (int i = 1; i < kept.size(); i++) {
					// relative steps between rounded points: shorter, and no rounding error adds up
					path.append('l')
						.append(number(round(kept.get(i)[0] - kept.get(i - 1)[0])))
						.append(' ')
						.append(number(round(kept.get(i)[1] - kept.get(i - 1)[1])));
				}
				path.append('z');
			}
			drawn.add(new Shape(iso, properties.get("SAV_PAV_PILNAS").asString(), path.toString()));
		}
		var collator = SearchText.collator();
		drawn.sort((a, b) -> collator.compare(a.name(), b.name()));
		this.shapes = List.copyOf(drawn);
	}

	/**
	 * The map with each municipality in its category; a municipality not in {@code categories}
	 * gets {@code otherCategory}. {@code styles} must hold every category used, in legend order.
	 * {@code details} (optional) adds a short text per municipality to the hover title and the table.
	 */
	public MapView draw(String caption, Map<String, String> categories, String otherCategory,
			Map<String, Style> styles, Map<String, String> details, String detailHeading) {
		List<Area> areas = new ArrayList<>();
		Map<String, Long> counts = new HashMap<>();
		for (Shape shape : shapes) {
			String category = categories.getOrDefault(shape.code(), otherCategory);
			Style style = styles.get(category);
			if (style == null) {
				throw new IllegalArgumentException("No colour for the category " + category);
			}
			counts.merge(category, 1L, Long::sum);
			areas.add(new Area(shape.code(), shape.name(), shape.path(), category, style.colour(), style.label(),
					details == null ? null : details.get(shape.code())));
		}
		List<LegendEntry> legend = new ArrayList<>();
		styles.forEach((category, style) -> legend
			.add(new LegendEntry(category, style.colour(), style.label(), counts.getOrDefault(category, 0L))));
		return new MapView(caption, WIDTH, height, List.copyOf(areas), List.copyOf(legend), detailHeading);
	}

	/** The map without a detail column. */
	public MapView draw(String caption, Map<String, String> categories, String otherCategory,
			Map<String, Style> styles) {
		return draw(caption, categories, otherCategory, styles, null, null);
	}

	/** The ISO codes of the municipalities the map draws. */
	public List<String> codes() {
		return shapes.stream().map(Shape::code).toList();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String number(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}

	private static Map<String, String> isoCodes() {
		Map<String, String> iso = new LinkedHashMap<>();
		String csv = new String(bytes("reference/lt-municipalities.csv"), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		List<String> header = List.of(lines.get(0).split(","));
		int code = header.indexOf("code");
		int isoColumn = header.indexOf("iso_3166_2");
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",");
			iso.put(cells[code].strip(), cells[isoColumn].strip());
		}
		return iso;
	}

	private static JsonNode read(String resource) {
		return JsonMapper.builder().build().readTree(bytes(resource));
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
