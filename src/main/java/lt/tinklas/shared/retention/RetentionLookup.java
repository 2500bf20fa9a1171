package lt.tinklas.shared.retention;

/** A network's retention periods; implemented by the networks module. */
public interface RetentionLookup {

	Retention of(long networkId);
}
