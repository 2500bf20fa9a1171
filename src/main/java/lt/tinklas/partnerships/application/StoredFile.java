package lt.tinklas.partnerships.application;

/** A kept file to download: its name, type and bytes. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
