package lt.tinklas.messaging.domain;

import org.springframework.context.ApplicationContext;

/** The application's outbox sender as one more sending node, called from a test's own threads. */
public final class SenderNode {

	private final OutboxSender sender;

	public SenderNode(ApplicationContext context) {
		this.sender = context.getBean(OutboxSender.class);
	}

	/** What the scheduled job does: sends every mail waiting, each in its own transaction. */
	public void sendPending() {
		sender.sendPending();
	}
}
