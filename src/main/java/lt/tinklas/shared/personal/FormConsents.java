package lt.tinklas.shared.personal;

import java.util.List;
import java.util.Map;

/**
 * The consents a public form asks for (event registration, membership application): the network's
 * kinds offered on forms, each a checkbox left unticked, and the recording of what the person ticked,
 * as given on a form with the statement they were shown. The people module keeps them.
 */
public interface FormConsents {

	/** One checkbox: the kind and its statement in each language. */
	record Offered(long kindId, String statementLt, String statementEn) {

		/** The statement in the language of the page ("lt" or "en"). */
		public String statement(String language) {
			return "en".equals(language) ? statementEn : statementLt;
		}
	}

	/** The active kinds the network offers on its public forms. */
	List<Offered> offered();

	/**
	 * Records the consents ticked as given today on a form, each kind (by id) with the text the
	 * person was shown, for the person with the e-mail (added with the name and language when there
	 * is none); kinds not offered are ignored.
	 */
	void give(String email, String firstName, String lastName, String language, Map<Long, String> shown);
}
