package lt.tinklas.generator;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The command {@code java -jar tinklas.jar --tinklas.generate=<size>}: the application starts
 * without a web server and without the demo, the generator runs, and the process exits with 0, with
 * {@value GenerationRefused#EXIT_CODE} when it refused (an unknown size, a database that is not
 * PostgreSQL, a slug that exists: nothing written) or with 1 when it failed (nothing written either).
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	/** Whether the command line, a system property or the environment ({@code TINKLAS_GENERATE}) asks for it. */
	public static boolean requested(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--" + GenerationSize.PROPERTY + "=")) {
				return true;
			}
		}
		return System.getProperty(GenerationSize.PROPERTY) != null || System.getenv("TINKLAS_GENERATE") != null;
	}

	/** Runs the application in generation mode; the process's exit code. */
	public static int run(Class<?> application, String[] args) {
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.addListeners(new Preflight());
		try {
			return SpringApplication.exit(spring.run(args));
		}
		catch (RuntimeException e) {
			// Spring Boot has logged it (a refusal as its reason and what to do)
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof GenerationRefused refused) {
					return refused.getExitCode();
				}
			}
			return 1;
		}
	}

	/**
	 * Before anything connects: switches the demo off, and refuses an unknown size or a database
	 * that is not PostgreSQL (the embedded H2 default), so that nothing is written.
	 */
	static final class Preflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			check(event.getEnvironment());
		}

		static void check(ConfigurableEnvironment environment) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("tinklasGenerate", Map.of("tinklas.demo.enabled", "false")));
			GenerationSize.of(environment.getProperty(GenerationSize.PROPERTY), environment::getProperty);
			String url = environment.getProperty("spring.datasource.url", "");
			if (!url.startsWith("jdbc:postgresql:")) {
				throw DataGenerator.notPostgres(url.isBlank() ? "no database" : url.replaceAll("[;?].*", ""));
			}
		}
	}
}
