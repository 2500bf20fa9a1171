package lt.tinklas.support;

import java.util.List;

/** A quality standard the network supports and its levels (none when the standard has no levels). */
public record QualityStandardView(long id, String name, List<String> levels) {
}
