package lt.tinklas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import jakarta.persistence.Entity;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Finds the code that writes or loads around Hibernate's tenant filter ({@code @TenantId} scopes entity
 * loads and HQL selects, but bulk mutations have skipped it, HHH-20883): Spring Data {@code @Modifying}
 * queries, HQL/JPQL bulk {@code update}/{@code delete} in a {@code @Query} or handed to
 * {@code createQuery}/{@code createMutationQuery}, Spring Data's batch deletes, criteria updates and
 * deletes, {@code merge}, and {@code getReference} of an entity of another module. Each finding is
 * named {@code <class>.<method>}; a lambda counts as the method that wrote it.
 */
final class TenantFilterBypass {

	private static final Pattern BULK = Pattern.compile("(?is)^\\s*(update|delete)\\s.*");

	private static final Set<String> QUERY_FACTORIES = Set.of("createQuery", "createMutationQuery");

	private static final Set<String> BATCH_DELETES = Set.of("deleteAllInBatch", "deleteAllByIdInBatch", "deleteInBatch");

	private static final Set<String> CRITERIA_MUTATIONS = Set.of("createCriteriaUpdate", "createCriteriaDelete");

	private TenantFilterBypass() {
	}

	/** Each finding under {@code root} (its modules are the packages right under it) with what it does. */
	static Map<String, String> find(JavaClasses classes, String root) {
		Map<String, String> found = new TreeMap<>();
		for (JavaClass type : classes) {
			if (!type.getPackageName().startsWith(root)) {
				continue;
			}
			for (JavaMethod method : type.getMethods()) {
				if (method.isAnnotatedWith("org.springframework.data.jpa.repository.Modifying")) {
					found.put(name(method), "a @Modifying query");
				}
				Optional<JavaAnnotation<JavaMethod>> query = method
					.tryGetAnnotationOfType("org.springframework.data.jpa.repository.Query");
				if (query.isPresent() && !Boolean.TRUE.equals(query.get().get("nativeQuery").orElse(false))
						&& BULK.matcher(String.valueOf(query.get().get("value").orElse(""))).matches()) {
					found.put(name(method), "a bulk update or delete in @Query");
				}
			}
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
					String called = call.getName();
					JavaClass owner = call.getTargetOwner();
					if (persistence(owner) && called.equals("merge")) {
						found.put(name(unit), "EntityManager.merge");
					}
					if (persistence(owner) && CRITERIA_MUTATIONS.contains(called)) {
						found.put(name(unit), "a criteria update or delete");
					}
					if (BATCH_DELETES.contains(called) && owner.isAssignableTo("org.springframework.data.repository.Repository")) {
						found.put(name(unit), "a Spring Data batch delete (a bulk JPQL delete)");
					}
					if (persistence(owner) && called.equals("getReference")) {
						for (ReferencedClassObject referenced : unit.getReferencedClassObjects()) {
							JavaClass target = referenced.getRawType();
							if (target.isAnnotatedWith(Entity.class) && !module(target, root).equals(module(type, root))) {
								found.put(name(unit), "getReference of " + target.getSimpleName() + ", an entity of another module");
							}
						}
					}
				}
			}
			bulkStrings(type).forEach(method -> found.put(type.getName() + "." + method,
					"a bulk update or delete handed to createQuery"));
		}
		return found;
	}

	/** EntityManager, Hibernate's sessions and query producers, and what a criteria query is built with. */
	private static boolean persistence(JavaClass owner) {
		return owner.isAssignableTo("jakarta.persistence.EntityManager")
				|| owner.isAssignableTo("jakarta.persistence.criteria.CriteriaBuilder")
				|| owner.isAssignableTo("org.hibernate.query.QueryProducer")
				|| owner.isAssignableTo("org.hibernate.SharedSessionContract");
	}

	private static String name(JavaCodeUnit unit) {
		return unit.getOwner().getName() + "." + unit.getName();
	}

	private static String module(JavaClass type, String root) {
		String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), root.length() + 1));
		return rest.split("\\.")[0];
	}

	/**
	 * The methods of the class (a lambda folded into the method that wrote it) that both call a query
	 * factory and hold a string, or a concatenation's recipe, that starts with update or delete.
	 */
	private static Set<String> bulkStrings(JavaClass type) {
		Map<String, Boolean> calls = new HashMap<>();
		Set<String> bulk = new HashSet<>();
		try (InputStream in = TenantFilterBypass.class.getClassLoader()
			.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
			if (in == null) {
				return Set.of();
			}
			new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature,
						String[] exceptions) {
					String method = folded(methodName);
					return new MethodVisitor(Opcodes.ASM9) {
						@Override
						public void visitLdcInsn(Object value) {
							if (value instanceof String text && BULK.matcher(text).matches()) {
								bulk.add(method);
							}
						}

						@Override
						public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
							for (Object argument : arguments) {
								if (argument instanceof String recipe && BULK.matcher(recipe).matches()) {
									bulk.add(method);
								}
							}
						}

						@Override
						public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
							if (QUERY_FACTORIES.contains(name)
									&& (owner.startsWith("jakarta/persistence/") || owner.startsWith("org/hibernate/"))) {
								calls.put(method, true);
							}
						}
					};
				}
			}, ClassReader.SKIP_DEBUG);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		bulk.retainAll(calls.keySet());
		return bulk;
	}

	/** {@code lambda$erase$3} is written in {@code erase}. */
	private static String folded(String methodName) {
		if (methodName.startsWith("lambda$")) {
			String[] parts = methodName.split("\\$");
			return parts.length > 1 ? parts[1] : methodName;
		}
		return methodName;
	}
}
