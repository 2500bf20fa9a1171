package lt.tinklas.shared.history;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lt.tinklas.shared.persistence.RecordId;
import org.hibernate.envers.Audited;

/**
 * An editable record: an identity, a version that refuses a save over a stale copy, and (with
 * {@code @Audited} on the entity) a change history kept by Envers.
 */
@MappedSuperclass
@Audited
public abstract class Versioned {

	@Id
	@RecordId
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	/**
	 * Refuses the edit when the record was saved by someone else after the editor loaded it.
	 */
	public void checkVersion(long versionSeenByEditor) {
		if (versionSeenByEditor != version) {
			throw new StaleEditException(getClass(), id, versionSeenByEditor);
		}
	}
}
