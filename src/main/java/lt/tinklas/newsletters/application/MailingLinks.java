package lt.tinklas.newsletters.application;

import lt.tinklas.networks.Networks;
import lt.tinklas.shared.tenancy.Tenancy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The addresses a mailing links to on the network's public site: its archive page and the unsubscribe page. */
@Component
public class MailingLinks {

	/** The token of the unsubscribe link in a preview or a test send: its page says it is an example. */
	public static final String EXAMPLE = "example";

	private final Networks networks;
	private final String baseUrl;

	MailingLinks(Networks networks, @Value("${tinklas.base-url}") String baseUrl) {
		this.networks = networks;
		this.baseUrl = baseUrl;
	}

	public String unsubscribe(String token) {
		return root() + "/unsubscribe/" + token;
	}

	public String unsubscribeExample() {
		return unsubscribe(EXAMPLE);
	}

	public String archive(long mailingId) {
		return root() + "/" + mailingId;
	}

	private String root() {
		return baseUrl + "/n/" + networks.lookWithoutLogo(Tenancy.current().orElseThrow()).slug() + "/public/newsletters";
	}
}
