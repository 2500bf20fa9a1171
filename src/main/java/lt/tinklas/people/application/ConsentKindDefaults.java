package lt.tinklas.people.application;

import lt.tinklas.shared.tenancy.NetworkSetup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every new network starts with the kinds of consent that invitations and the public forms rely on:
 * event invitations, newsletters and photos. A kind already there (by its use or name) is kept.
 */
@Component
class ConsentKindDefaults implements NetworkSetup {

	private final JdbcClient jdbc;

	ConsentKindDefaults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void prepare(long networkId) {
		add(networkId, "Kvietimai į renginius", "Event invitations", "Sutinku gauti kvietimus į tinklo renginius el. paštu.",
				"I agree to receive invitations to the network's events by e-mail.", "INVITATIONS", true);
		add(networkId, "Naujienlaiškiai", "Newsletters", "Sutinku gauti tinklo naujienlaiškį el. paštu.",
				"I agree to receive the network's newsletter by e-mail.", "NEWSLETTERS", true);
		add(networkId, "Nuotraukos", "Photos",
				"Sutinku, kad renginiuose darytos nuotraukos, kuriose esu, būtų skelbiamos.",
				"I agree that photos of me taken at events may be published.", "OTHER", false);
	}

	private void add(long networkId, String nameLt, String nameEn, String statementLt, String statementEn,
			String purpose, boolean offeredOnForms) {
		jdbc.sql("""
				insert into consent_kind (network_id, name_lt, name_en, statement_lt, statement_en, purpose, offered_on_forms)
				select :network, :nameLt, :nameEn, :statementLt, :statementEn, :purpose, :offered
				where not exists (select 1 from consent_kind where network_id = :network
				                  and (name_lt = :nameLt or (purpose = :purpose and purpose <> 'OTHER')))""")
			.param("network", networkId)
			.param("nameLt", nameLt)
			.param("nameEn", nameEn)
			.param("statementLt", statementLt)
			.param("statementEn", statementEn)
			.param("purpose", purpose)
			.param("offered", offeredOnForms)
			.update();
	}
}
