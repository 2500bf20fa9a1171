/**
 * The metrics catalogue: every figure Tinklas shows is a metric that the module owning the records
 * counts ({@link lt.tinklas.metrics.MetricSource}); strategy, projects, reports and dashboards ask
 * {@link lt.tinklas.metrics.Metrics}. Its page and API show a metric's value and the records
 * behind it. It knows no module: the sources come to it as beans.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package lt.tinklas.metrics;

import org.springframework.modulith.ApplicationModule;
