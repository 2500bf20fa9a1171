package lt.tinklas.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In the demo, mail goes to an embedded SMTP server on localhost, so nothing leaves the machine;
 * the platform admin reads what was sent on the outbox page.
 */
@Component
@ConditionalOnProperty(name = "tinklas.demo.smtp-port")
class DemoMailServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

	private final int port;
	private GreenMail server;

	DemoMailServer(@Value("${tinklas.demo.smtp-port}") int port) {
		this.port = port;
	}

	@Override
	public void start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		log.info("Demo SMTP server listening on 127.0.0.1:{}", port);
	}

	@Override
	public void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}
}
