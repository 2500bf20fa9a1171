package lt.tinklas.organizations.application;

import java.util.ArrayList;
import java.util.List;

import lt.tinklas.organizations.Municipalities;
import lt.tinklas.organizations.OrganizationFilter;
import lt.tinklas.shared.history.AccessFilter;
import lt.tinklas.shared.history.AccessKind;
import lt.tinklas.shared.history.AccessLog;
import org.springframework.stereotype.Component;

/**
 * Records a read of the member organizations' list (the export file, the API's pages) in the access
 * log, with the filter as the list's page names it: counties and municipalities by their names,
 * choices by their labels.
 */
@Component
public class MemberListAccess {

	private final AccessLog log;
	private final Municipalities municipalities;

	MemberListAccess(AccessLog log, Municipalities municipalities) {
		this.log = log;
		this.municipalities = municipalities;
	}

	/** {@code rows} organizations were read with {@code filter}. */
	public void record(OrganizationFilter filter, int rows) {
		List<AccessFilter> conditions = new ArrayList<>();
		if (filter.q() != null && !filter.q().isBlank()) {
			conditions.add(AccessFilter.text("organizations.search", filter.q().strip()));
		}
		if (filter.county() != null && !filter.county().isBlank()) {
			conditions.add(AccessFilter.text("organization.county",
					municipalities.counties().getOrDefault(filter.county(), filter.county())));
		}
		if (filter.municipality() != null && !filter.municipality().isBlank()) {
			conditions.add(AccessFilter.text("organization.municipality", municipalities.name(filter.municipality())));
		}
		if (filter.targetGroup() != null) {
			conditions.add(AccessFilter.choice("organization.field.targetGroups", "targetGroup." + filter.targetGroup()));
		}
		if (filter.status() != null) {
			conditions.add(AccessFilter.choice("organization.status", "membershipStatus." + filter.status()));
		}
		if (filter.asOf() != null) {
			conditions.add(AccessFilter.text("organization.asOf", filter.asOf()));
		}
		log.record(AccessKind.MEMBER_LIST, "accessLog.subject.organizations", null, conditions, rows);
	}
}
