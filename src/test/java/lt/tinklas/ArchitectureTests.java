package lt.tinklas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
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
}
