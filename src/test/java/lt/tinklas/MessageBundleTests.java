package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lt.tinklas.advocacy.DocumentKind;
import lt.tinklas.advocacy.GroupRole;
import lt.tinklas.advocacy.InstitutionKind;
import lt.tinklas.advocacy.Outcome;
import lt.tinklas.advocacy.SeatRole;
import lt.tinklas.events.application.EventInvitations;
import lt.tinklas.identity.Role;
import lt.tinklas.projects.ProjectStatus;
import lt.tinklas.projects.SourceType;
import lt.tinklas.publishing.PublicationKind;
import lt.tinklas.publishing.Site;
import lt.tinklas.shared.history.HistoryEntry;
import lt.tinklas.strategy.Comparison;
import lt.tinklas.strategy.NodeKind;
import lt.tinklas.strategy.application.IndicatorStatus;
import org.junit.jupiter.api.Test;

/** Every text in both languages; every key a template or the code names exists. */
class MessageBundleTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path SOURCES = Path.of("src/main/java");

	static final Path BUNDLES = Path.of("src/main/resources/messages");

	/** All texts of one language: the common bundle and each module's own (messages/<module>_lt.properties). */
	static Properties bundle(String language) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_" + language + ".properties"))
				.toList()) {
				Properties properties = new Properties();
				try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
					properties.load(in);
				}
				for (String key : properties.stringPropertyNames()) {
					assertThat(all.containsKey(key)).as("key %s is in two bundles", key).isFalse();
					all.setProperty(key, properties.getProperty(key));
				}
			}
		}
		return all;
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		String configured = Files.readString(Path.of("src/main/resources/application.properties"))
			.lines()
			.filter(line -> line.startsWith("spring.messages.basename="))
			.findFirst()
			.orElseThrow();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			files.map(f -> f.getFileName().toString())
				.filter(name -> name.endsWith("_lt.properties"))
				.map(name -> "messages/" + name.substring(0, name.length() - "_lt.properties".length()))
				.forEach(basename -> assertThat(configured).contains(basename));
		}
	}

	@Test
	void lithuanianAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> lt = bundle("lt").stringPropertyNames();
		Set<String> en = bundle("en").stringPropertyNames();
		assertThat(difference(lt, en)).as("keys only in messages_lt").isEmpty();
		assertThat(difference(en, lt)).as("keys only in messages_en").isEmpty();
	}

	@Test
	void noTextIsLeftEmpty() throws IOException {
		for (String language : new String[] { "lt", "en" }) {
			Properties bundle = bundle(language);
			assertThat(bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()))
				.as("empty texts in messages_" + language)
				.isEmpty();
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = bundle("lt").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).as("keys used in templates but in neither bundle").isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Set<String> known = bundle("lt").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		// keys handed to pages and problem details: flash messages, field errors, validation messages
		Pattern codeKey = Pattern.compile(
				"\"((?:common|users|account|password|network|admin|problem|mail|login|reset|validation|error|person|people|language|event|participant|feedback|stats|metric|metrics|public|attendance|certificate|material|invitation|organization|organizations|membership|application|applications|directory|import|file|register|position|positions|proposal|institution|direction|workingGroup|meeting|seat|trace|strategy|indicator|dashboard|project|projectIndicator|budget|budgetLine|expense|funder|funders|funding|report|publicProjects|publishing|site|mailing|segment|newsletterSettings|bounces|newsletters|growth)\\.[A-Za-z0-9_.]+)\"|\\{((?:validation|network|person|event)\\.[A-Za-z0-9_.]+)\\}");
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = codeKey.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
					if (!known.contains(key) && !known.contains(key + ".title") && !key.endsWith(".")) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).as("keys named in Java code but in neither bundle").isEmpty();
	}

	@Test
	void everyRoleAndHistoryKindHasALabel() throws IOException {
		Set<String> known = bundle("lt").stringPropertyNames();
		Arrays.stream(Role.values())
			.forEach(role -> assertThat(known).contains("role." + role.name()));
		Arrays.stream(Site.PostStatus.values())
			.forEach(status -> assertThat(known).contains("site.state." + status.name()));
		Arrays.stream(HistoryEntry.Kind.values())
			.forEach(kind -> assertThat(known).contains("history.kind." + kind.name()));
		for (Class<? extends Enum<?>> type : List.of(InstitutionKind.class,
				DocumentKind.class, Outcome.class,
				SeatRole.class, GroupRole.class,
				EventInvitations.Segment.class, NodeKind.class,
				Comparison.class, IndicatorStatus.class,
				SourceType.class, ProjectStatus.class,
				PublicationKind.class)) {
			String prefix = type == EventInvitations.Segment.class ? "invitation.segment."
					: Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) + ".";
			for (Enum<?> value : type.getEnumConstants()) {
				assertThat(known).contains(prefix + value.name());
			}
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}
}
