/**
 * The load benchmark's floor (bench/run): the least a request costs in this process, one
 * primary-key query and a tiny answer, so that every page the benchmark measures is read as a
 * ratio to it. Exists only in the Spring profile {@code bench}; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {})
package lt.tinklas.bench;

import org.springframework.modulith.ApplicationModule;
