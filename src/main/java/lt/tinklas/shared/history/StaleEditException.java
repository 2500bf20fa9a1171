package lt.tinklas.shared.history;

/** A save over a version of a record that is no longer the latest. */
public class StaleEditException extends RuntimeException {

	private final Class<?> recordType;
	private final Long recordId;
	private final long versionSeenByEditor;

	public StaleEditException(Class<?> recordType, Long recordId, long versionSeenByEditor) {
		super("%s %d was changed after version %d".formatted(recordType.getSimpleName(), recordId, versionSeenByEditor));
		this.recordType = recordType;
		this.recordId = recordId;
		this.versionSeenByEditor = versionSeenByEditor;
	}

	public Class<?> recordType() {
		return recordType;
	}

	public Long recordId() {
		return recordId;
	}

	public long versionSeenByEditor() {
		return versionSeenByEditor;
	}
}
