package lt.tinklas.generator;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refusal as Spring Boot shows a start that cannot proceed: the reason and what to do, no stack trace. */
class GenerationRefusedAnalyzer extends AbstractFailureAnalyzer<GenerationRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, GenerationRefused cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
