package lt.tinklas.organizations;

import java.util.List;
import java.util.Locale;

/**
 * What another module knows of an organization that its page shows (such as its current stage in a
 * quality standard), offered by that module so organizations need not know it.
 */
public interface OrganizationStanding {

	/** One line: what it is, where the organization stands, and the page that tells more. */
	record Line(String label, String value, String path) {
	}

	/** The heading of the lines on the organization's page. */
	String heading(Locale locale);

	/**
	 * Whether the lines are among the organization's key facts, in its page's header on every tab
	 * (such as its quality stage); otherwise they are shown on its overview.
	 */
	default boolean keyFact() {
		return false;
	}

	/** The organization's lines today, empty when there is nothing to say. */
	List<Line> linesFor(long organizationId, Locale locale);
}
