package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails when a module reaches into another module's internals or the modules form a cycle, and
 * when the pictures of the modules in {@code docs/modules} no longer show the code: run with
 * {@code -Dtinklas.docs.write=true} to write them afresh.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TinklasApplication.class);

	private static final Path KEPT = Path.of("docs", "modules");

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theModuleDiagramsAndCanvasesInDocsShowTheCode() {
		Path written = Path.of("target", "modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Map<String, String> fresh = read(written);
		assertThat(fresh).isNotEmpty();
		if (Boolean.getBoolean("tinklas.docs.write")) {
			write(written);
		}
		assertThat(read(KEPT))
			.as("docs/modules shows the modules as they are (write it afresh with -Dtinklas.docs.write=true)")
			.isEqualTo(fresh);
	}

	private static Map<String, String> read(Path folder) {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				// the lines sorted: the Documenter lists modules and relations in no fixed order
				files.put(path.getFileName().toString(),
						Files.readString(path).replace("\r\n", "\n").lines().sorted().collect(Collectors.joining("\n")));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	private static void write(Path written) {
		try {
			Files.createDirectories(KEPT);
			for (Path old : list(KEPT)) {
				Files.delete(old);
			}
			for (Path path : list(written)) {
				Files.copy(path, KEPT.resolve(path.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}
}
