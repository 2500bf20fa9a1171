package lt.tinklas.shared.history;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * The latest changes in a network in two statements, whatever the number of its records: the last
 * revisions stamped with the network, then which records they touched, read from every audit table
 * at once. What the home shows; the audit log ({@link RecordHistory#inNetwork}) shows the fields.
 */
@Service
public class RecentChanges {

	private static final List<String> NAME_FIELDS = List.of("title", "name", "topic", "body", "purpose");

	private final EntityManager entityManager;
	private final JdbcClient jdbc;
	private volatile String union;

	RecentChanges(EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The latest {@code limit} changes made in the network, newest first, without their fields. */
	@Transactional(readOnly = true)
	public List<NetworkChange> latest(long networkId, int limit) {
		record Revision(long id, Instant at, String by) {
		}
		List<Revision> revisions = jdbc
			.sql("select id, changed_at, changed_by from revinfo where network_id = ? order by id desc limit ?")
			.param(networkId)
			.param(limit)
			.query((rs, i) -> new Revision(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)))
			.list();
		if (revisions.isEmpty()) {
			return List.of();
		}
		Map<Long, Revision> byId = new HashMap<>();
		revisions.forEach(revision -> byId.put(revision.id(), revision));
		StringJoiner ids = new StringJoiner(",");
		revisions.forEach(revision -> ids.add(Long.toString(revision.id())));
		List<NetworkChange> changes = new ArrayList<>();
		jdbc.sql("select kind, rev, revtype, name from (" + union() + ") touched where rev in (" + ids
				+ ") order by rev desc, kind")
			.query((rs, i) -> {
				Revision revision = byId.get(rs.getLong(2));
				HistoryEntry.Kind kind = switch (rs.getInt(3)) {
					case 0 -> HistoryEntry.Kind.CREATED;
					case 2 -> HistoryEntry.Kind.DELETED;
					default -> HistoryEntry.Kind.CHANGED;
				};
				return new NetworkChange(revision.id(), revision.at(), revision.by(), kind, rs.getString(1),
						rs.getString(4), List.of());
			})
			.list()
			.stream()
			.limit(limit)
			.forEach(changes::add);
		return changes;
	}

	/** One select per audited entity's table: its label key, the revision, the kind of change and its name. */
	private String union() {
		String built = union;
		if (built != null) {
			return built;
		}
		SessionFactoryImplementor factory = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
		StringJoiner selects = new StringJoiner(" union all ");
		for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
			Class<?> type = entity.getJavaType();
			if (type == null || !type.isAnnotationPresent(Audited.class)) {
				continue;
			}
			EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(type);
			if (!(persister instanceof AbstractEntityPersister table)) {
				continue;
			}
			String simpleName = type.getSimpleName();
			String typeKey = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1) + ".name";
			selects.add("select '" + typeKey + "' as kind, rev, revtype, " + nameColumn(type, table) + " as name from " + table.getTableName() + "_aud");
		}
		union = selects.toString();
		return union;
	}

	/** What names a record in its audit table, as {@link RecordHistory} names it; null where nothing does. */
	private static String nameColumn(Class<?> type, AbstractEntityPersister table) {
		if (ReflectionUtils.findField(type, "firstName") != null && ReflectionUtils.findField(type, "lastName") != null) {
			return shortened("concat(concat(coalesce(" + column(table, "firstName") + ", ''), ' '), coalesce("
					+ column(table, "lastName") + ", ''))");
		}
		for (String name : NAME_FIELDS) {
			Field field = ReflectionUtils.findField(type, name);
			if (field != null && field.getType() == String.class && field.getAnnotation(ShownTo.class) == null
					&& Arrays.asList(table.getPropertyNames()).contains(name)) {
				return shortened(column(table, name));
			}
		}
		return "cast(null as varchar(200))";
	}

	private static String shortened(String text) {
		return "cast(left(" + text + ", 200) as varchar(200))";
	}

	private static String column(AbstractEntityPersister table, String property) {
		return table.getPropertyColumnNames(property)[0];
	}
}
