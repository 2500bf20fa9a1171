/**
 * Code that goes around Hibernate's tenant filter in every way {@code lt.tinklas.TenantFilterBypass}
 * knows, and code that does not, for its test. Outside {@code lt.tinklas} so that the application's
 * entity and repository scans never see it: two make-believe modules, alpha and beta.
 */
package archfixture;
