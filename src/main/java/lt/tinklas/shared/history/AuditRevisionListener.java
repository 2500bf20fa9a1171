package lt.tinklas.shared.history;

import lt.tinklas.shared.tenancy.Tenancy;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (or "system") and the current network. */
public class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		AuditRevision revision = (AuditRevision) revisionEntity;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		revision.setChangedBy(signedIn ? authentication.getName() : SYSTEM);
		revision.setNetworkId(Tenancy.current().orElse(null));
	}
}
