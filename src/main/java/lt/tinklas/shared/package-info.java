/**
 * The kernel every module may use: tenancy, change history, money and formats, web layout support,
 * problem details.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package lt.tinklas.shared;

import org.springframework.modulith.ApplicationModule;
