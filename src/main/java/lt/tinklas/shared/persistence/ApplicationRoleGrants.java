package lt.tinklas.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the migrations run as the owner of the tables ({@code SPRING_FLYWAY_USER}) and the
 * application connects as another role that owns nothing, so that row-level security binds it.
 * After each migration the application's role is given what it needs on what exists: reading and
 * writing rows and using sequences, not changing the schema nor the migration history.
 */
@Component
class ApplicationRoleGrants implements Callback {

	private final String applicationUser;

	ApplicationRoleGrants(@Value("${spring.datasource.username:}") String applicationUser) {
		this.applicationUser = applicationUser;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			grant(context.getConnection());
		}
		catch (SQLException e) {
			throw new IllegalStateException("The application's role " + applicationUser
					+ " could not be given its rights: " + e.getMessage(), e);
		}
	}

	private void grant(Connection connection) throws SQLException {
		if (applicationUser.isBlank()
				|| !"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		String role;
		try (PreparedStatement statement = connection
			.prepareStatement("select quote_ident(?), ? = current_user")) {
			statement.setString(1, applicationUser);
			statement.setString(2, applicationUser);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				if (row.getBoolean(2)) {
					return;
				}
				role = row.getString(1);
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("grant usage on schema public to " + role);
			// the tables and sequences the owner made: another role's table in the schema (a DBA's) is not its to grant
			statement.execute("""
					do $grants$ declare named record; begin
						for named in select c.oid::regclass as name, c.relkind from pg_class c
							where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'S')
							and pg_get_userbyid(c.relowner) = current_user loop
							if named.relkind = 'S' then
								execute format('grant usage, select, update on sequence %%s to %%s', named.name, '%1$s');
							else
								execute format('grant select, insert, update, delete on table %%s to %%s', named.name, '%1$s');
							end if;
						end loop;
					end $grants$""".formatted(role));
			statement.execute("revoke insert, update, delete on flyway_schema_history from " + role);
		}
	}

	@Override
	public String getCallbackName() {
		return "application role grants";
	}
}
