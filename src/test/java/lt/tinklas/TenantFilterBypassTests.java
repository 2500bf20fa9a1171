package lt.tinklas;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rule that nothing goes around the tenant filter finds each way of doing it, and nothing else. */
class TenantFilterBypassTests {

	@Test
	void findsEachWayAroundTheTenantFilterAndNothingWithinIt() {
		var found = TenantFilterBypass.find(new ClassFileImporter().importPackages("archfixture"), "archfixture");
		assertThat(found).containsOnlyKeys("archfixture.beta.BetaRecords.touchAll", "archfixture.beta.BetaRecords.removeOne",
				"archfixture.beta.BetaWork.merged", "archfixture.beta.BetaWork.foreignReference",
				"archfixture.beta.BetaWork.bulkUpdate", "archfixture.beta.BetaWork.bulkDeleteInLambda",
				"archfixture.beta.BetaWork.batchDelete", "archfixture.beta.BetaWork.criteriaDelete");
		assertThat(found.get("archfixture.beta.BetaWork.foreignReference")).contains("AlphaRecord");
	}
}
