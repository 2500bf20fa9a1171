package lt.tinklas.shared.tenancy;

/**
 * What a module gives every new network when it is made (such as its default kinds of consent), in
 * the transaction that makes it; implemented by the modules, called by the networks module.
 */
public interface NetworkSetup {

	/** Prepares the module's records of the new network; must do nothing when they are there already. */
	void prepare(long networkId);
}
