/**
 * Strategy and targets: a network's strategies (one current), the tree of directions, goals,
 * tasks, measures and expected results, indicators with yearly targets whose actuals come from
 * metrics or from values entered with evidence, and where the network stands against each.
 */
@ApplicationModule(allowedDependencies = { "shared", "metrics", "identity" })
package lt.tinklas.strategy;

import org.springframework.modulith.ApplicationModule;
