package lt.tinklas.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How much to generate: the networks (their slugs) and, in each, the organizations, people, events,
 * participations, ratings, outgoing documents, decision-maker meetings and projects.
 * <p>
 * {@code large}: one network {@code large} at the scale of the largest umbrella. {@code platform}:
 * 500 networks of ordinary size, {@code p001} to {@code p500}. {@code custom}: every count from its
 * setting {@code tinklas.generate.<count>} (defaults: one ordinary network named {@code custom}).
 * Each also makes the empty network {@code importas} unless {@code tinklas.generate.import-network=false}.
 */
public record GenerationSize(String name, String slug, int networks, int organizations, int people, int events,
		int participations, int ratings, int positions, int meetings, int projects, boolean importNetwork) {

	public static final String PROPERTY = "tinklas.generate";

	/** The empty network for import benchmarks. */
	public static final String IMPORT_SLUG = "importas";

	static final List<String> NAMES = List.of("large", "platform", "custom");

	/** The counts a custom size reads, each as {@code tinklas.generate.<name>}, with its default. */
	static final List<String> COUNTS = List.of("networks", "organizations", "people", "events", "participations",
			"ratings", "positions", "meetings", "projects");

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");

	/** One ordinary network: the platform's per-network size and a custom size's defaults. */
	private static final GenerationSize ORDINARY = new GenerationSize("custom", "custom", 1, 100, 1_000, 200, 10_000,
			1_000, 10, 5, 2, true);

	public static GenerationSize large() {
		return new GenerationSize("large", "large", 1, 5_000, 50_000, 10_000, 500_000, 100_000, 300, 200, 40, true);
	}

	public static GenerationSize platform() {
		return new GenerationSize("platform", "p", 500, ORDINARY.organizations, ORDINARY.people, ORDINARY.events,
				ORDINARY.participations, ORDINARY.ratings, ORDINARY.positions, ORDINARY.meetings, ORDINARY.projects,
				true);
	}

	/**
	 * The size a command asks for, its settings read through {@code setting} (a property name to its
	 * value, or null when unset); refused when the name or a setting is not understood.
	 */
	public static GenerationSize of(String requested, Function<String, String> setting) {
		String name = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
		boolean importNetwork = flag(setting, "import-network");
		if (!name.equals("custom") && NAMES.contains(name)) {
			for (String count : Stream.concat(COUNTS.stream(), Stream.of("slug")).toList()) {
				if (setting.apply(PROPERTY + "." + count) != null) {
					throw new GenerationRefused(PROPERTY + "." + count + " is read only with " + PROPERTY + "=custom; "
							+ name + " has fixed counts.",
							"Drop " + PROPERTY + "." + count + ", or ask for " + PROPERTY + "=custom with the counts you want.");
				}
			}
		}
		GenerationSize size = switch (name) {
			case "large" -> large();
			case "platform" -> platform();
			case "custom" -> custom(setting);
			default -> throw new GenerationRefused(
					"Unknown size '" + (requested == null ? "" : requested.strip()) + "' for " + PROPERTY + ".",
					"Use one of " + String.join(", ", NAMES) + " (custom reads " + PROPERTY + ".networks, "
							+ ".organizations, .people, .events, .participations, .ratings, .positions, .meetings, "
							+ ".projects and .slug).");
		};
		return size.withImportNetwork(importNetwork).checked();
	}

	private static GenerationSize custom(Function<String, String> setting) {
		String slug = setting.apply(PROPERTY + ".slug");
		return new GenerationSize("custom", slug == null || slug.isBlank() ? ORDINARY.slug : slug.strip(),
				count(setting, "networks", ORDINARY.networks), count(setting, "organizations", ORDINARY.organizations),
				count(setting, "people", ORDINARY.people), count(setting, "events", ORDINARY.events),
				count(setting, "participations", ORDINARY.participations), count(setting, "ratings", ORDINARY.ratings),
				count(setting, "positions", ORDINARY.positions), count(setting, "meetings", ORDINARY.meetings),
				count(setting, "projects", ORDINARY.projects), true);
	}

	private GenerationSize withImportNetwork(boolean importNetwork) {
		return new GenerationSize(name, slug, networks, organizations, people, events, participations, ratings,
				positions, meetings, projects, importNetwork);
	}

	/** The slug of the network with this index (from 0): the slug itself for one network, else slug001, slug002 ... */
	public String networkSlug(int index) {
		if (networks == 1) {
			return slug;
		}
		return slug + String.format("%0" + Math.max(3, String.valueOf(networks).length()) + "d", index + 1);
	}

	/** Every slug the generation creates, the import network's included. */
	public List<String> slugs() {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < networks; i++) {
			slugs.add(networkSlug(i));
		}
		if (importNetwork) {
			slugs.add(IMPORT_SLUG);
		}
		return slugs;
	}

	private GenerationSize checked() {
		if (networks < 1 || networks > 9_999) {
			throw invalid("networks", "must be from 1 to 9999");
		}
		for (String slug : slugs()) {
			if (!SLUG.matcher(slug).matches()) {
				throw new GenerationRefused("The network slug '" + slug + "' is not valid.",
						"Set " + PROPERTY + ".slug to lower-case letters, digits and hyphens (a network slug of at "
								+ "most 40 characters with the number added).");
			}
		}
		if (importNetwork && slugs().subList(0, networks).contains(IMPORT_SLUG)) {
			throw invalid("slug", "must not be " + IMPORT_SLUG + " (the import network's slug)");
		}
		if (participations > 0 && (events == 0 || people == 0)) {
			throw invalid("participations", "need events and people");
		}
		if ((long) events * people < participations) {
			throw invalid("participations", "cannot exceed events x people (a person takes part in an event once)");
		}
		if (ratings > participations) {
			throw invalid("ratings", "cannot exceed the participations (a rating comes from a training's attendee)");
		}
		return this;
	}

	private static GenerationRefused invalid(String setting, String rule) {
		return new GenerationRefused(PROPERTY + "." + setting + " " + rule + ".",
				"Change " + PROPERTY + "." + setting + " and run again.");
	}

	private static int count(Function<String, String> setting, String name, int fallback) {
		String value = setting.apply(PROPERTY + "." + name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int count = Integer.parseInt(value.strip().replace("_", ""));
			if (count < 0) {
				throw new NumberFormatException();
			}
			return count;
		}
		catch (NumberFormatException e) {
			throw new GenerationRefused(PROPERTY + "." + name + " must be a whole number from 0, not '" + value + "'.",
					"Change " + PROPERTY + "." + name + " and run again.");
		}
	}

	private static boolean flag(Function<String, String> setting, String name) {
		String value = setting.apply(PROPERTY + "." + name);
		if (value == null || value.isBlank()) {
			return true;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new GenerationRefused(PROPERTY + "." + name + " must be true or false, not '" + value + "'.",
					"Change " + PROPERTY + "." + name + " and run again.");
		};
	}
}
