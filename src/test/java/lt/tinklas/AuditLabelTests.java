package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import lt.tinklas.testing.TinklasTest;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every field the change history can show has a label in both languages. */
@TinklasTest
class AuditLabelTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyAuditedFieldHasALabel() throws IOException {
		Set<String> known = MessageBundleTests.bundle("lt").stringPropertyNames();
		Set<String> knownEn = MessageBundleTests.bundle("en").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			Class<?> type = entity.getJavaType();
			if (type == null || !type.isAnnotationPresent(Audited.class)) {
				continue;
			}
			String name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
					+ ".name";
			if (!(known.contains(name) && knownEn.contains(name))) {
				missing.add(name);
			}
			String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
					+ ".field.";
			for (Attribute<?, ?> attribute : entity.getAttributes()) {
				String key = prefix + attribute.getName();
				if (!Set.of("id", "version", "networkId").contains(attribute.getName())
						&& !(known.contains(key) && knownEn.contains(key))) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
