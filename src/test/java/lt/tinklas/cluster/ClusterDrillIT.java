package lt.tinklas.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the cluster drill ({@code scripts/cluster-drill}) against the jar this build made: a PostgreSQL
 * primary and streaming replica, two nodes behind nginx, a test SMTP server, and the failures it must
 * survive. It needs PostgreSQL's server binaries and nginx (the CI script installs nginx); where they
 * are missing it is reported as not run, never as passed.
 */
@Tag("cluster")
class ClusterDrillIT {

	@Test
	void theClusterSurvivesTheDrill() throws Exception {
		Path root = Path.of("").toAbsolutePath();
		Path jar;
		try (Stream<Path> files = Files.list(root.resolve("target"))) {
			jar = files.filter(f -> f.getFileName().toString().matches("tinklas-.*\\.jar")).findFirst().orElseThrow();
		}
		assumeTrue(command("bash", "-c", "test -x \"$(pg_config --bindir)/initdb\" && (command -v nginx || test -x /usr/sbin/nginx)"),
				"PostgreSQL's server binaries and nginx are needed for the cluster drill");

		Process drill = new ProcessBuilder("bash", root.resolve("scripts/cluster-drill").toString(), jar.toString())
			.redirectErrorStream(true)
			.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(drill.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				System.out.println("[drill] " + line);
				lines.add(line);
			}
		}
		boolean ended = drill.waitFor(20, TimeUnit.MINUTES);
		Files.write(root.resolve("target/cluster-drill.txt"), lines);
		assertThat(ended).as("the drill ended").isTrue();
		assertThat(lines).as("the drill's checks").noneMatch(line -> line.trim().startsWith("FAIL"));
		assertThat(lines).contains("DRILL PASSED");
		assertThat(drill.exitValue()).isZero();
	}

	private static boolean command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException e) {
			return false;
		}
	}
}
