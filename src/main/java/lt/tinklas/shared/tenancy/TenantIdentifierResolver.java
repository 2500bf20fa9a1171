package lt.tinklas.shared.tenancy;

import java.util.Map;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate which network a session belongs to. Outside any network the identifier is
 * {@link #NO_NETWORK}, which matches no row: forgetting to select a network shows nothing rather
 * than everything.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

	static final Long NO_NETWORK = -1L;

	@Override
	public Long resolveCurrentTenantIdentifier() {
		return Tenancy.current().orElse(NO_NETWORK);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}
}
