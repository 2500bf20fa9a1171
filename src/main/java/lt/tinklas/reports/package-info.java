/**
 * The yearly activity report: every figure asked of the metrics catalogue for the year and the
 * year before, with the staff's narrative sections (a draft and a published version), as a page,
 * JSON, PDF and XLSX.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity" })
package lt.tinklas.reports;

import org.springframework.modulith.ApplicationModule;
