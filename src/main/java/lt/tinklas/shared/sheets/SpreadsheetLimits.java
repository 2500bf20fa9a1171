package lt.tinklas.shared.sheets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much an uploaded table may hold before it is read ({@code tinklas.uploads.*}): an XLSX is a
 * zip, so a file of a few kilobytes can unpack to gigabytes (a zip bomb) or to a million rows. Each
 * part is unpacked and counted before parsing, and refused when it grows past the unpacked size or
 * past so many times its packed size; then the rows are counted as they are read.
 */
@ConfigurationProperties("tinklas.uploads")
public record SpreadsheetLimits(@DefaultValue("50000") int maxRows, @DefaultValue("100MB") DataSize maxUnpackedSize,
		@DefaultValue("200") int maxCompressionRatio) {

	/** The defaults, for reading without the settings (tests, tools). */
	public static final SpreadsheetLimits DEFAULTS = new SpreadsheetLimits(50_000, DataSize.ofMegabytes(100), 200);
}
