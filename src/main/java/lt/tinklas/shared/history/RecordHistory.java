package lt.tinklas.shared.history;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Reads the change history Envers keeps for any {@code @Audited} entity: who changed which fields
 * from what to what, and what changed since a given version (for the stale-edit message). A module
 * gets both by declaring its entity; nothing else is needed. A field marked {@link ShownTo} is left
 * out for a reader without one of its roles, and so is a change that touched only such fields.
 */
@Service
public class RecordHistory {

	private static final Set<String> NOT_SHOWN = Set.of("id", "version", "networkId", "passwordHash");

	private final EntityManager entityManager;
	private final HistoryValues values;

	RecordHistory(EntityManager entityManager, HistoryValues values) {
		this.entityManager = entityManager;
		this.values = values;
	}

	/** The history of one record, newest first. The caller has already checked it may see the record. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> of(Class<?> type, Object id) {
		List<Object[]> revisions = revisions(type, id);
		List<String> properties = properties(type);
		List<String> readable = readable(type, properties);
		List<HistoryEntry> entries = new ArrayList<>();
		Object previous = null;
		for (Object[] row : revisions) {
			Object snapshot = row[0];
			AuditRevision revision = (AuditRevision) row[1];
			RevisionType revisionType = (RevisionType) row[2];
			HistoryEntry.Kind kind = switch (revisionType) {
				case ADD -> HistoryEntry.Kind.CREATED;
				case MOD -> HistoryEntry.Kind.CHANGED;
				case DEL -> HistoryEntry.Kind.DELETED;
			};
			List<FieldChange> changes = kind == HistoryEntry.Kind.DELETED ? List.of()
					: diff(type, readable, previous, snapshot);
			boolean onlyHidden = kind == HistoryEntry.Kind.CHANGED && changes.isEmpty()
					&& readable.size() < properties.size() && !diff(type, properties, previous, snapshot).isEmpty();
			previous = snapshot;
			if (onlyHidden) {
				continue;
			}
			entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()),
					revision.getChangedBy(), kind, changes));
		}
		Collections.reverse(entries);
		return named(entries);
	}

	/** The entries with who saved each by name, the names read once for the whole history. */
	private List<HistoryEntry> named(List<HistoryEntry> entries) {
		if (entries.isEmpty()) {
			return entries;
		}
		Map<String, String> who = values.who(entries.stream().map(HistoryEntry::by).toList());
		return entries.stream()
			.map(entry -> new HistoryEntry(entry.revision(), entry.at(), who.get(entry.by()), entry.kind(), entry.changes()))
			.toList();
	}

	/**
	 * The latest changes made in a network, to any audited record, deletions included; newest first.
	 * Revisions are stamped with the network they were made in, so the log shows nothing of another.
	 */
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public List<NetworkChange> inNetwork(long networkId, int limit) {
		record Found(long revision, Class<?> type, Object id, String name) {
		}
		List<Found> found = new ArrayList<>();
		for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
			Class<?> type = entity.getJavaType();
			if (type == null || !type.isAnnotationPresent(Audited.class)) {
				continue;
			}
			List<Object[]> rows = AuditReaderFactory.get(entityManager)
				.createQuery()
				.forRevisionsOfEntity(type, false, true)
				.add(AuditEntity.revisionProperty("networkId").eq(networkId))
				.addOrder(AuditEntity.revisionNumber().desc())
				.setMaxResults(limit)
				.getResultList();
			for (Object[] row : rows) {
				found.add(new Found(((AuditRevision) row[1]).getId(), type, read(row[0], "id"), nameOf(row[0])));
			}
		}
		found.sort(Comparator.comparingLong(Found::revision).reversed());
		Map<String, List<HistoryEntry>> histories = new HashMap<>();
		List<NetworkChange> changes = new ArrayList<>();
		for (Found each : found.subList(0, Math.min(limit, found.size()))) {
			List<HistoryEntry> history = histories.computeIfAbsent(each.type().getName() + "#" + each.id(),
					key -> of(each.type(), each.id()));
			String simpleName = each.type().getSimpleName();
			String typeKey = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1) + ".name";
			history.stream()
				.filter(entry -> entry.revision() == each.revision())
				.findFirst()
				.ifPresent(entry -> changes.add(new NetworkChange(entry.revision(), entry.at(), entry.by(),
						entry.kind(), typeKey, each.name(), entry.changes())));
		}
		return changes;
	}

	private static final List<String> NAME_FIELDS = List.of("title", "name", "topic", "body", "purpose");

	/**
	 * What a person calls the record as it was then ("Asociacija „Maisto bankas“", a person's name,
	 * a meeting's topic), or null when it has no such field: the log names records, never by their id.
	 */
	static String nameOf(Object snapshot) {
		if (snapshot == null) {
			return null;
		}
		Class<?> type = Hibernate.getClass(snapshot);
		if (ReflectionUtils.findField(type, "firstName") != null && ReflectionUtils.findField(type, "lastName") != null) {
			return String.join(" ", Stream.of(read(snapshot, "firstName"), read(snapshot, "lastName"))
				.filter(Objects::nonNull)
				.map(String::valueOf)
				.toList());
		}
		for (String field : NAME_FIELDS) {
			Field found = ReflectionUtils.findField(type, field);
			if (found != null && found.getType() == String.class && found.getAnnotation(ShownTo.class) == null) {
				Object value = read(snapshot, field);
				if (value != null && !String.valueOf(value).isBlank()) {
					return String.valueOf(value);
				}
			}
		}
		return null;
	}

	/**
	 * The fields that differ between the record as it was at {@code version} and as it is now; empty
	 * when that version is not in the history.
	 */
	@Transactional(readOnly = true)
	public List<FieldChange> changedSince(Class<?> type, Object id, long version) {
		List<Object[]> revisions = revisions(type, id);
		Object then = null;
		Object now = null;
		for (Object[] row : revisions) {
			Object snapshot = row[0];
			if (Objects.equals(read(snapshot, "version"), version)) {
				then = snapshot;
			}
			now = snapshot;
		}
		if (then == null || now == null) {
			return List.of();
		}
		return diff(type, readable(type, properties(type)), then, now);
	}

	/** The properties the signed-in user may read: those without {@link ShownTo}, and those naming one of their roles. */
	private static List<String> readable(Class<?> type, List<String> properties) {
		Authentication user = SecurityContextHolder
			.getContext()
			.getAuthentication();
		Set<String> roles = user == null ? Set.of()
				: user.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet());
		return properties.stream().filter(property -> {
			Field field = ReflectionUtils.findField(type, property);
			ShownTo shownTo = field == null ? null : field.getAnnotation(ShownTo.class);
			return shownTo == null || Arrays.stream(shownTo.value()).anyMatch(role -> roles.contains("ROLE_" + role));
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> revisions(Class<?> type, Object id) {
		return AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
	}

	private List<String> properties(Class<?> type) {
		EntityType<?> entity = entityManager.getMetamodel().entity(type);
		return entity.getAttributes()
			.stream()
			.filter(attribute -> !attribute.isCollection()
					|| attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ELEMENT_COLLECTION)
			.map(Attribute::getName)
			.filter(name -> !NOT_SHOWN.contains(name) && !HistoryValues.hidden(type, name))
			.sorted()
			.toList();
	}

	private List<FieldChange> diff(Class<?> type, List<String> properties, Object before, Object after) {
		String entityKey = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
		List<FieldChange> changes = new ArrayList<>();
		for (String property : properties) {
			Object fromValue = before == null ? null : read(before, property);
			Object toValue = read(after, property);
			if (Objects.equals(fromValue, toValue)) {
				// unchanged: not written out, so a long history does not look up names it will not show
				continue;
			}
			String from = values.text(type, property, fromValue);
			String to = values.text(type, property, toValue);
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(property, entityKey + ".field." + property, from, to));
			}
		}
		return changes;
	}

	private static Object read(Object snapshot, String property) {
		Field field = ReflectionUtils.findField(snapshot.getClass(), property);
		if (field == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, snapshot);
	}
}
