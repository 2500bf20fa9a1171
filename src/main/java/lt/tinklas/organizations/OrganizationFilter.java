package lt.tinklas.organizations;

import java.time.LocalDate;
import java.util.List;

/**
 * What the list is narrowed to: text (name, short name or legal code, ignoring case and
 * diacritics), county and municipality (ISO codes; an organization counts where it sits or works),
 * target group, membership status on {@code asOf} (today by default); and the order: by
 * {@code sort}, one of {@link #SORTS} (by name in Lithuanian order when it is none of them),
 * reversed when {@code descending}.
 */
public record OrganizationFilter(String q, String county, String municipality, TargetGroup targetGroup,
		MembershipStatus status, LocalDate asOf, String sort, boolean descending) {

	/** The orders the list knows: by name, by legal code, by the name of the seat's municipality. */
	public static final List<String> SORTS = List.of("name", "code", "seat");

	public OrganizationFilter {
		sort = sort != null && SORTS.contains(sort) ? sort : SORTS.get(0);
	}

	/** The list narrowed, by name in Lithuanian order. */
	public OrganizationFilter(String q, String county, String municipality, TargetGroup targetGroup,
			MembershipStatus status, LocalDate asOf) {
		this(q, county, municipality, targetGroup, status, asOf, null, false);
	}
}
