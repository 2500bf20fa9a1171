package lt.tinklas;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a module reaches into another module's internals or the modules form a cycle. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TinklasApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}
}
