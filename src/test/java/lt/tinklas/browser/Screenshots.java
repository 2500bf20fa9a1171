package lt.tinklas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The README's pictures of the pages, made by the tests: each is taken into target/screenshots;
 * with {@code -Dtinklas.docs.write=true} (the switch that writes docs/modules afresh) it is also
 * written to docs/screenshots, where the README shows it.
 */
public final class Screenshots {

	static final Path TAKEN = Path.of("target", "screenshots");
	static final Path KEPT = Path.of("docs", "screenshots");

	private Screenshots() {
	}

	/** Whether this run writes the pictures in docs/screenshots. */
	public static boolean writingDocs() {
		return Boolean.getBoolean("tinklas.docs.write");
	}

	/** Takes what the browser shows as {@code name}.png and gives the file taken (in target/screenshots). */
	public static Path take(Browser browser, String name) {
		Path taken = browser.screenshot(TAKEN.resolve(name + ".png"));
		if (writingDocs()) {
			try {
				Files.createDirectories(KEPT);
				Files.copy(taken, KEPT.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return taken;
	}
}
