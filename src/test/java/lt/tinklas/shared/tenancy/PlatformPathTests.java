package lt.tinklas.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The platform's path past the database's network isolation ({@link PlatformWide}) is narrow: only
 * the classes reviewed here take it, each for work that by its nature spans networks. A new caller
 * fails this test until it is reviewed and listed with its reason.
 */
@AnalyzeClasses(packages = "lt.tinklas", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformPathTests {

	static final Map<String, String> REVIEWED = Map.ofEntries(
			Map.entry("lt.tinklas.identity.Users",
					"a user's roles in every network, read at sign-in"),
			Map.entry("lt.tinklas.identity.factors.SecondFactorPolicy",
					"whether any of a user's networks requires a second factor"),
			Map.entry("lt.tinklas.identity.domain.ApiTokenSignIn",
					"a token is found by its hash before its network is known"),
			Map.entry("lt.tinklas.identity.application.ApiTokens",
					"a user's own tokens, each for one network or every one"),
			Map.entry("lt.tinklas.identity.application.AccountPersonalData",
					"whether an erased account is used in other networks, and its mail outside every network"),
			Map.entry("lt.tinklas.people.application.PlatformErasures",
					"the platform admin finds a person in every network"),
			Map.entry("lt.tinklas.messaging.domain.OutboxSender",
					"the mail queue holds every network's mail"),
			Map.entry("lt.tinklas.messaging.Outbox",
					"the platform's own mail, and the platform admin's view of the queue"),
			Map.entry("lt.tinklas.events.application.InvitationReminders",
					"which networks have reminders waiting"),
			Map.entry("lt.tinklas.growth.application.CampaignReminders",
					"which networks have invitation letters that may need a reminder; each is then reminded in its own network"),
			Map.entry("lt.tinklas.newsletters.application.MailingDispatch",
					"which networks have mailings due; each batch is then written in its own network"),
			Map.entry("lt.tinklas.newsletters.application.BounceReading",
					"a bounce names its recipient by token alone; it is then recorded in the recipient's network"),
			Map.entry("lt.tinklas.networks.application.RetentionJob",
					"what belongs to no network: accounts, their links and mail"));

	@ArchTest
	static void onlyReviewedClassesTakeThePlatformsPath(JavaClasses classes) {
		var callers = classes.get(PlatformWide.class)
			.getMethodCallsToSelf()
			.stream()
			.filter(call -> call.getName().equals("run") && !call.getOriginOwner().isEquivalentTo(PlatformWide.class))
			.map(call -> call.getOriginOwner().getName().replaceAll("\\$.*", ""))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(callers).containsExactlyInAnyOrderElementsOf(REVIEWED.keySet());
	}
}
