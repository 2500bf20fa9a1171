package lt.tinklas.shared.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * An XLSX is checked as the reader will see it (the zip's central directory) before it is parsed:
 * every part is unpacked into nothing and counted, so neither the sizes a file declares nor a part
 * that unpacks to hundreds of times its size (a zip bomb) reaches the parser.
 */
final class ZipLimits {

	/** Below this a part is not judged by its ratio: small parts of a real file pack very well. */
	private static final long RATIO_FLOOR = 1024 * 1024;

	private ZipLimits() {
	}

	static void check(byte[] content, SpreadsheetLimits limits) {
		long max = limits.maxUnpackedSize().toBytes();
		long total = 0;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			byte[] buffer = new byte[64 * 1024];
			for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				if (entry.getSize() > max - total) {
					throw tooLarge(limits);
				}
				long packed = Math.max(entry.getCompressedSize(), 1);
				long unpacked = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						unpacked += n;
						if (total + unpacked > max
								|| (unpacked > RATIO_FLOOR && unpacked / packed > limits.maxCompressionRatio())) {
							throw tooLarge(limits);
						}
					}
				}
				total += unpacked;
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UnreadableFileException unreadable) {
				throw unreadable;
			}
			throw new UnreadableFileException("file.error.notSpreadsheet", e);
		}
	}

	private static UnreadableFileException tooLarge(SpreadsheetLimits limits) {
		return new UnreadableFileException("file.error.tooLargeUnpacked", null,
				limits.maxUnpackedSize().toMegabytes());
	}
}
