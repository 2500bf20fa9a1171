package lt.tinklas.shared.replica;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A caller who has just changed something reads their own change: after a successful POST, PUT, PATCH
 * or DELETE by a signed-in user (a page or the API), their reads go to the primary for the setting's
 * time. Kept in the primary ({@code read_fence}, by the user's name), so every node knows it.
 */
final class ReadFences extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ReadFences.class);

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final Supplier<DataSource> primary;
	private final ReplicaSettings settings;

	ReadFences(Supplier<DataSource> primary, ReplicaSettings settings) {
		this.primary = primary;
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (READING.contains(request.getMethod()) || response.getStatus() >= 400) {
			return;
		}
		String subject = subject();
		if (subject.isEmpty()) {
			return;
		}
		try (Connection connection = primary.get().getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						insert into read_fence (subject, until) values (?, ?)
						on conflict (subject) do update set until = excluded.until""")) {
			statement.setString(1, subject);
			statement.setTimestamp(2, Timestamp.from(Instant.now().plus(settings.ownWrites())));
			statement.executeUpdate();
		}
		catch (SQLException e) {
			// the change itself is made; the caller may read the replica's slightly older copy
			log.warn("Could not note that {} changed something: {}", subject, e.getMessage());
		}
	}

	/** Whether the subject changed something within the setting's time (asked of the primary). */
	static boolean fenced(DataSource primary, String subject) throws SQLException {
		try (Connection connection = primary.getConnection()) {
			return ReplicaGate.single(connection,
					"select until > current_timestamp from read_fence where subject = ?", subject);
		}
	}

	/** The signed-in caller's name, "" for an anonymous one. */
	static String subject() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "";
		}
		return authentication.getName();
	}
}
