package lt.tinklas.shared.security;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #roles} ({@link PageRoles}), built from the request's authentication
 * the first time a rendering asks and kept for the rest of it.
 */
@Component
class RolesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "roles";

	private static final IExpressionObjectFactory FACTORY = new IExpressionObjectFactory() {

		@Override
		public Set<String> getAllExpressionObjectNames() {
			return Set.of(NAME);
		}

		@Override
		public Object buildObject(IExpressionContext context, String expressionObjectName) {
			return NAME.equals(expressionObjectName)
					? new PageRoles(SecurityContextHolder.getContext().getAuthentication()) : null;
		}

		@Override
		public boolean isCacheable(String expressionObjectName) {
			return true;
		}
	};

	RolesDialect() {
		super("Roles");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return FACTORY;
	}
}
