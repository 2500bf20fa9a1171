package lt.tinklas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the application's garbage collector did while the load ran, from its log as
 * {@code -Xlog:gc:file=...:timemillis,level,tags} writes it, one line per pause:
 * {@code [1796420000000ms][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(512M) 5.123ms}.
 */
record GcLog(int pauses, List<Long> fullPausesAt, double heapAfterMaxMiB, double heapCommittedMaxMiB,
		double longestPauseMs, double pausedMs) {

	private static final Pattern PAUSE = Pattern.compile(
			"^\\[(\\d+)ms\\].*GC\\(\\d+\\) (Pause \\w+).*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms\\s*$");

	/** The pauses between two instants (milliseconds since the epoch). */
	static GcLog between(Path log, long from, long to) {
		int pauses = 0;
		List<Long> full = new ArrayList<>();
		double after = 0;
		double committed = 0;
		double longest = 0;
		double paused = 0;
		try (Stream<String> lines = Files.lines(log)) {
			for (String line : (Iterable<String>) lines::iterator) {
				Matcher pause = PAUSE.matcher(line);
				if (!pause.matches()) {
					continue;
				}
				long at = Long.parseLong(pause.group(1));
				if (at < from || at > to) {
					continue;
				}
				pauses++;
				if (pause.group(2).equals("Pause Full")) {
					full.add(at);
				}
				after = Math.max(after, mebibytes(pause.group(5), pause.group(6)));
				committed = Math.max(committed, mebibytes(pause.group(7), pause.group(8)));
				double ms = Double.parseDouble(pause.group(9));
				longest = Math.max(longest, ms);
				paused += ms;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new GcLog(pauses, full, after, committed, longest, paused);
	}

	int fullPauses() {
		return fullPausesAt.size();
	}

	private static double mebibytes(String amount, String unit) {
		double value = Double.parseDouble(amount);
		return switch (unit) {
			case "K" -> value / 1024;
			case "G" -> value * 1024;
			default -> value;
		};
	}
}
