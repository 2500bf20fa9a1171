/**
 * The data generator for load tests: {@code --tinklas.generate=large|platform|custom} fills a
 * PostgreSQL database with deterministic, realistic networks through the application's own schema
 * (COPY in one transaction) and exits. It has no route; it writes SQL directly and uses the other
 * modules only for their published choices (enum names), the legal code rule, the register number
 * pattern and the token hash, so what it writes is what the application reads.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "organizations", "events", "advocacy", "projects",
		"strategy" })
package lt.tinklas.generator;

import org.springframework.modulith.ApplicationModule;
