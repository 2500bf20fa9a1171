package lt.tinklas.people.application;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import lt.tinklas.messaging.Outbox;
import lt.tinklas.people.domain.Person;
import lt.tinklas.people.domain.PersonRecords;
import lt.tinklas.shared.tenancy.NetworkLookup;
import lt.tinklas.shared.tenancy.Tenancy;
import lt.tinklas.shared.text.Tokens;
import lt.tinklas.shared.web.Formats;
import lt.tinklas.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own way to their data: they give their e-mail on the network's public site and, when
 * the network knows them, get a link by mail that downloads everything once within {@value #VALID_HOURS}
 * hours. The site answers the same whether or not the address is known, so it tells nobody who is
 * in the network.
 */
@Service
public class PersonalDataLinks {

	static final int VALID_HOURS = 48;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** What a link is when opened. */
	public enum State {
		VALID, USED, EXPIRED, UNKNOWN
	}

	private final PersonRecords persons;
	private final PersonalDataRequests requests;
	private final Outbox outbox;
	private final MessageSource messages;
	private final NetworkLookup networks;
	private final JdbcClient jdbc;
	private final String baseUrl;

	PersonalDataLinks(PersonRecords persons, PersonalDataRequests requests, Outbox outbox, MessageSource messages,
			NetworkLookup networks, JdbcClient jdbc, @Value("${tinklas.base-url}") String baseUrl) {
		this.persons = persons;
		this.requests = requests;
		this.outbox = outbox;
		this.messages = messages;
		this.networks = networks;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
	}

	/** Mails a download link to the person with this e-mail in the current network, if there is one. */
	@Transactional
	public void request(String email) {
		String typed = email == null ? "" : email.strip();
		if (typed.isEmpty() || typed.length() > 320 || !EMAIL.matcher(typed).matches()) {
			throw InvalidInputException.of("email", "personalData.error.email");
		}
		Optional<Person> found = persons.findByEmail(Person.normalizeEmail(typed)).filter(person -> !person.isErased());
		if (found.isEmpty()) {
			return;
		}
		Person person = found.get();
		String token = Tokens.random();
		Instant now = Instant.now();
		long network = Tenancy.require();
		jdbc.sql("""
				insert into personal_data_link (network_id, person_id, token_hash, created_at, expires_at)
				values (:network, :person, :hash, :now, :expires)""")
			.param("network", network)
			.param("person", person.getId())
			.param("hash", Tokens.hash(token))
			.param("now", OffsetDateTime.ofInstant(now, Formats.VILNIUS))
			.param("expires", OffsetDateTime.ofInstant(now.plus(Duration.ofHours(VALID_HOURS)), Formats.VILNIUS))
			.update();
		Locale locale = Locale.forLanguageTag(person.getLanguage());
		String link = baseUrl + "/n/" + networks.slugOf(network) + "/public/my-data/" + token;
		outbox.enqueueWithSecret(network, locale, person.getEmail(),
				messages.getMessage("personalData.mail.subject", null, locale),
				messages.getMessage("personalData.mail.body", new Object[] { link, VALID_HOURS }, locale), null, token);
	}

	/** Whether the link may still download. */
	@Transactional(readOnly = true)
	public State state(String token) {
		return jdbc.sql("""
				select used_at is not null, expires_at < now() from personal_data_link
				where network_id = :network and token_hash = :hash""")
			.param("network", Tenancy.require())
			.param("hash", Tokens.hash(token))
			.query((rs, i) -> rs.getBoolean(1) ? State.USED : rs.getBoolean(2) ? State.EXPIRED : State.VALID)
			.optional()
			.orElse(State.UNKNOWN);
	}

	/**
	 * Uses the link: the person's export, recorded as an access like any other; empty when the link
	 * is not {@link State#VALID} (a second use finds it used, and nothing is exported).
	 */
	@Transactional
	public Optional<PersonalDataExport> use(String token) {
		Optional<Long> person = jdbc.sql("""
				update personal_data_link set used_at = now()
				where network_id = :network and token_hash = :hash and used_at is null and expires_at >= now()
				returning person_id""")
			.param("network", Tenancy.require())
			.param("hash", Tokens.hash(token))
			.query(Long.class)
			.optional();
		return person.flatMap(id -> persons.findById(id).filter(found -> !found.isErased()).map(found -> requests.export(id)));
	}
}
