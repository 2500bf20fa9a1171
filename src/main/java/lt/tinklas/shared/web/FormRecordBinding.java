package lt.tinklas.shared.web;

import java.lang.annotation.Annotation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form record is bound as a form bean is when a typed value cannot be read. Spring then builds
 * the record with that component empty and keeps the error, but leaves the record out of the
 * binding result and so out of the model, and checks none of the other fields: the page would
 * have no form to show, its number and date fields would come back empty, a controller could not
 * reject another field and the other fields' errors would be missing. So each model attribute
 * Spring builds goes back in the model with a binding result that holds it and the same errors,
 * and is validated as Spring validates a bean ({@code @Valid}). A posted form's text fields are
 * also refused where they hold a control character ({@link FormText}).
 */
@Component
class FormRecordBinding implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			adapter.setArgumentResolvers(adapter.getArgumentResolvers()
				.stream()
				.map(resolver -> resolver instanceof ModelAttributeMethodProcessor ? new KeptRecord(resolver) : resolver)
				.toList());
		}
		return bean;
	}

	/** Spring's model attribute, put back with its record when the record's binding failed. */
	static final class KeptRecord implements HandlerMethodArgumentResolver {

		private final HandlerMethodArgumentResolver spring;

		KeptRecord(HandlerMethodArgumentResolver spring) {
			this.spring = spring;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return spring.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
			Object attribute = spring.resolveArgument(parameter, container, request, binderFactory);
			Object record = ObjectUtils.unwrapOptional(attribute);
			String name = ModelFactory.getNameForParameter(parameter);
			String key = BindingResult.MODEL_KEY_PREFIX + name;
			ModelMap model = container == null ? null : container.getModel();
			if (record != null && binderFactory != null && model != null
					&& model.get(key) instanceof BindingResult built && built.getTarget() == null) {
				WebDataBinder binder = binderFactory.createBinder(request, record, name);
				BindingResult kept = binder.getBindingResult();
				// what could not be read; the fields are validated again, on the record, below
				built.getAllErrors()
					.stream()
					.filter(error -> !(error instanceof FieldError field) || field.isBindingFailure())
					.forEach(kept::addError);
				for (Annotation annotation : parameter.getParameterAnnotations()) {
					Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
					if (hints != null) {
						binder.validate(hints);
						break;
					}
				}
				// the binding result follows its attribute, where a handler's BindingResult argument is taken from
				model.remove(name);
				model.remove(key);
				model.addAttribute(name, record);
				model.addAttribute(key, kept);
			}
			if (model != null && model.get(key) instanceof BindingResult bound
					&& request.getNativeRequest() instanceof HttpServletRequest http && "POST".equals(http.getMethod())) {
				FormText.rejectControlCharacters(bound);
			}
			return attribute;
		}
	}
}
