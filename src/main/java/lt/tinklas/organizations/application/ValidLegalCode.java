package lt.tinklas.organizations.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import lt.tinklas.organizations.LegalCode;

/** A legal entity code with nine digits and a right check digit ({@link LegalCode}). */
@Documented
@Constraint(validatedBy = ValidLegalCode.Check.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidLegalCode {

	String message() default "{organization.error.legalCodeFormat}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ValidLegalCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return LegalCode.problem(value.strip()).map(key -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
				return false;
			}).orElse(true);
		}
	}
}
