package lt.tinklas.newsletters.application;

import org.springframework.context.ApplicationContext;

/**
 * The application's mailing dispatcher as one more sending node: a test calls it from threads of
 * its own, each call working in its own transactions as the scheduled job does.
 */
public final class DispatchNode {

	private final MailingDispatch dispatch;

	public DispatchNode(ApplicationContext context) {
		this.dispatch = context.getBean(MailingDispatch.class);
	}

	/** What the scheduled job does: one batch of every mailing that is due, each in its own transaction. */
	public void dispatchDue() {
		dispatch.dispatchDue();
	}

	/** One batch of the mailing in the caller's transaction, with the mailing's network selected. */
	public int batch(long mailingId) {
		return dispatch.batch(mailingId);
	}
}
