package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import lt.tinklas.shared.jobs.JobRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The house rules Spring Modulith does not check. */
@AnalyzeClasses(packages = "lt.tinklas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule entitiesLiveInDomainPackages = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.resideInAnyPackage("..domain..", "lt.tinklas.shared..")
		.because("a module's entities are internal; other modules see its facade and records");

	@ArchTest
	static final ArchRule pageControllersLiveInWeb = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.notBePublic();

	@ArchTest
	static final ArchRule restControllersLiveInApi = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("..api..")
		.andShould()
		.notBePublic();

	@ArchTest
	static final ArchRule domainDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..api..", "org.springframework.web..", "jakarta.servlet..");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.because("dependencies come through constructors");

	@ArchTest
	static final ArchRule noFloatingPointMoney = fields().that()
		.haveNameMatching("(?i).*(amount|value|grant|budget|price|sum|total).*")
		.should()
		.notHaveRawType(double.class)
		.andShould()
		.notHaveRawType(float.class)
		.andShould()
		.notHaveRawType(Double.class)
		.allowEmptyShould(true)
		.because("money is exact: BigDecimal in Money");

	@ArchTest
	static final ArchRule noLegacyDates = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.util.Date")
		.because("dates are java.time");

	@ArchTest
	static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

	@ArchTest
	static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

	@ArchTest
	static final ArchRule sharedKnowsNoModule = noClasses().that()
		.resideInAPackage("lt.tinklas.shared..")
		.should()
		.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("lt.tinklas..")
			.and(JavaClass.Predicates.resideOutsideOfPackage("lt.tinklas.shared..")))
		.because("the kernel sits below every module");

	@ArchTest
	static final ArchRule repositoriesAreNamedRecords = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.haveSimpleNameEndingWith("Records")
		.andShould()
		.resideInAPackage("..domain..")
		.because("one naming scheme: EventRecords is the repository, Events the module's facade");

	@ArchTest
	static final ArchRule rolesAreNamedNotWritten = noMethods().should()
		.beAnnotatedWith(PreAuthorize.class)
		.because("a handler says who may call it with one of shared.security's annotations (@Keepers, @Readers ...)");

	/**
	 * Public types a module's own code needs but that share package-private code with its facade, so
	 * they stay in the root package although no other module uses them.
	 */
	private static final Set<String> ROOT_FOR_PACKAGE_ACCESS = Set.of("lt.tinklas.identity.AccountSettings",
			"lt.tinklas.identity.PasswordLinks", "lt.tinklas.organizations.OrganizationImport",
			"lt.tinklas.organizations.RegisterCheck");

	private static final Set<String> KERNEL_AND_TOOLS = Set.of("shared", "demo", "generator", "bench");

	/** A module's root package is its face: what only its own pages and API use goes to application/. */
	@ArchTest
	static void modulesExportOnlyWhatOthersUse(JavaClasses classes) {
		Set<String> used = classes.stream()
			.flatMap(type -> type.getDirectDependenciesFromSelf().stream())
			.filter(dependency -> !moduleOf(dependency.getOriginClass()).equals(moduleOf(dependency.getTargetClass())))
			.map(dependency -> topLevel(dependency.getTargetClass()).getName())
			.collect(Collectors.toSet());
		List<String> unused = classes.stream()
			.filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
			.filter(type -> type.getPackageName().matches("lt\\.tinklas\\.[a-z]+")
					&& !KERNEL_AND_TOOLS.contains(moduleOf(type)))
			.map(JavaClass::getName)
			.filter(name -> !used.contains(name) && !ROOT_FOR_PACKAGE_ACCESS.contains(name))
			.sorted()
			.toList();
		assertThat(unused).as("public root types no other module uses; move them to the module's application package")
			.isEmpty();
	}

	/**
	 * The reviewed code units allowed to go around Hibernate's tenant filter ({@link TenantFilterBypass}
	 * finds them), each with why it stays within its network; none today. An entry must name a
	 * {@code <class>.<method>} that is still found, so the list never outlives its code.
	 */
	static final Map<String, String> TENANT_FILTER_EXCEPTIONS = Map.of();

	/**
	 * Nothing goes around the tenant filter unreviewed: no {@code @Modifying} query, no HQL bulk update
	 * or delete, no {@code merge}, no {@code getReference} of another module's entity, unless listed
	 * above with the reason it is scoped to its network (for instance "carries network_id in its where").
	 */
	@ArchTest
	static void nothingBypassesTheTenantFilter(JavaClasses classes) {
		Map<String, String> found = TenantFilterBypass.find(classes, "lt.tinklas");
		assertThat(found.keySet()).as("code that goes around the tenant filter, unreviewed: %s", found)
			.isSubsetOf(TENANT_FILTER_EXCEPTIONS.keySet());
		assertThat(TENANT_FILTER_EXCEPTIONS.keySet()).as("reviewed exceptions no longer found: remove them")
			.isSubsetOf(found.keySet());
		assertThat(TENANT_FILTER_EXCEPTIONS.values()).as("each exception says why it stays in its network")
			.allSatisfy(reason -> assertThat(reason).isNotBlank());
	}

	/**
	 * Scheduled work that may run on every node at once without harm, and why; any other scheduled
	 * method claims its run through {@code JobRuns} so that it runs once across the nodes.
	 */
	static final Map<String, String> SCHEDULED_ON_EVERY_NODE = Map.of("lt.tinklas.messaging.domain.OutboxSender.sendPending",
			"each mail is sent inside the transaction that holds its row lock, so two nodes never send one twice",
			"lt.tinklas.newsletters.application.MailingDispatch.dispatchDue",
			"each batch is written inside the transaction that holds its mailing's row lock; another node skips the mailing");

	@ArchTest
	static void scheduledJobsRunOnceAcrossNodes(JavaClasses classes) {
		List<String> unclaimed = classes.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isAnnotatedWith(Scheduled.class))
			.filter(method -> method.getMethodCallsFromSelf()
				.stream()
				.noneMatch(call -> call.getTargetOwner().getName().equals(JobRuns.class.getName())))
			.map(method -> method.getOwner().getName() + "." + method.getName())
			.filter(name -> !SCHEDULED_ON_EVERY_NODE.containsKey(name))
			.sorted()
			.toList();
		assertThat(unclaimed).as("scheduled methods that would run on every node: claim the run with JobRuns.once")
			.isEmpty();
	}

	/**
	 * The API description names each body and answer by its type's simple name: two types of one
	 * name would be described as one, and one operation's fields shown for the other's.
	 */
	@ArchTest
	static void apiTypesHaveNamesOfTheirOwn(JavaClasses classes) {
		Map<String, List<String>> byName = classes.stream()
			.filter(type -> type.getPackageName().endsWith(".api") && type.isRecord())
			.collect(Collectors.groupingBy(JavaClass::getSimpleName,
					Collectors.mapping(JavaClass::getName, Collectors.toList())));
		assertThat(byName.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::getValue).toList())
			.as("records of the API with the same simple name").isEmpty();
	}

	private static String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		return name.startsWith("lt.tinklas.") ? name.substring("lt.tinklas.".length()).split("\\.")[0] : name;
	}

	private static JavaClass topLevel(JavaClass type) {
		return type.getEnclosingClass().map(ArchitectureTests::topLevel).orElse(type);
	}
}
