package lt.tinklas.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the generation when {@code tinklas.generate} is set, before any other start-up work (the
 * demo is off in this mode, and the bench users it creates make the first-admin check pass);
 * {@link GenerateCommand} then ends the process.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = GenerationSize.PROPERTY)
class GeneratorRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

	private final DataGenerator generator;
	private final Environment environment;

	GeneratorRunner(DataGenerator generator, Environment environment) {
		this.generator = generator;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		GenerationSize size = GenerationSize.of(environment.getProperty(GenerationSize.PROPERTY), environment::getProperty);
		GenerationReport report = generator.generate(size);
		log.info(report.text());
		String example = size.networkSlug(0);
		log.info("Sign in as {} (staff) or {} (network admin) with the password '{}', or call the API with "
				+ "'Authorization: Bearer {}'; the same for every generated network (slug in place of {}).",
				AccountRows.staffEmail(example), AccountRows.adminEmail(example), AccountRows.PASSWORD,
				AccountRows.token(example), example);
	}
}
