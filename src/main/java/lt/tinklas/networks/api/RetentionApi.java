package lt.tinklas.networks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lt.tinklas.networks.application.NetworkRetention;
import lt.tinklas.networks.application.RetentionSettings;
import lt.tinklas.shared.security.KeepersAndReaders;
import lt.tinklas.shared.security.NetworkAdmins;
import lt.tinklas.shared.web.NetworkContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A network's retention periods: its staff read them, its admin changes them. */
@RestController
@RequestMapping("/api/v1/networks/{slug}/retention")
@Tag(name = "Networks")
class RetentionApi {

	private final NetworkRetention retention;

	RetentionApi(NetworkRetention retention) {
		this.retention = retention;
	}

	@GetMapping
	@KeepersAndReaders
	@Operation(summary = "How long the network keeps data",
			description = "Days for the text of sent mail, for unconfirmed registrations and for feedback and certificate links; "
					+ "years without activity after which a person is listed for erasure (null: never).")
	RetentionSettings settings(HttpServletRequest request) {
		return retention.settings(NetworkContext.of(request).id());
	}

	@PutMapping
	@NetworkAdmins
	@Operation(summary = "Change how long the network keeps data",
			description = "outboxBodyDays and feedbackLinkDays 1 to 3650, unconfirmedRegistrationDays 1 to 365, "
					+ "inactivePersonYears 1 to 50 or null.")
	RetentionSettings change(@Valid @RequestBody RetentionSettings body, HttpServletRequest request) {
		long networkId = NetworkContext.of(request).id();
		retention.save(networkId, body);
		return retention.settings(networkId);
	}
}
