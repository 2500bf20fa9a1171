package lt.tinklas.generator;

import org.springframework.boot.ExitCodeGenerator;

/** The generator will not run as asked; it says why and has written nothing. */
public class GenerationRefused extends RuntimeException implements ExitCodeGenerator {

	/** The process's exit code on a refusal (an unexpected failure exits with 1). */
	static final int EXIT_CODE = 2;

	private final String action;

	GenerationRefused(String message, String action) {
		super(message);
		this.action = action;
	}

	/** What to do instead. */
	public String action() {
		return action;
	}

	@Override
	public int getExitCode() {
		return EXIT_CODE;
	}
}
