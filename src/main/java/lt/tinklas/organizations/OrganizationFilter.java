package lt.tinklas.organizations;

import java.time.LocalDate;

/**
 * What the list is narrowed to: text (name, short name or legal code, ignoring case and
 * diacritics), county and municipality (ISO codes; an organization counts where it sits or works),
 * target group, membership status on {@code asOf} (today by default).
 */
public record OrganizationFilter(String q, String county, String municipality, TargetGroup targetGroup,
		MembershipStatus status, LocalDate asOf) {
}
