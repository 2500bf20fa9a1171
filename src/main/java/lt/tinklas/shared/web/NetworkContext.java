package lt.tinklas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import lt.tinklas.shared.tenancy.NetworkRef;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the web layer keeps the network a request is in, for controllers and the layout. */
public final class NetworkContext {

	public static final String REQUEST_ATTRIBUTE = NetworkContext.class.getName() + ".network";

	private NetworkContext() {
	}

	public static NetworkRef of(HttpServletRequest request) {
		Object network = request.getAttribute(REQUEST_ATTRIBUTE);
		if (network == null) {
			throw new NotFoundException("Network");
		}
		return (NetworkRef) network;
	}

	/** The address of a page of the network the current request is in: {@code /n/<slug>} and then {@code rest}. */
	public static String path(String rest) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return "/n/" + of(request).slug() + rest;
	}
}
