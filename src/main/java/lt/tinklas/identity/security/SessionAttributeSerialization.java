package lt.tinklas.identity.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How session attributes are written to the session table: Java serialization, where a record that
 * is not {@link Serializable} (the view records a page passes to the next one as a flash attribute
 * after a redirect) is written as its type and component values and made again by its canonical
 * constructor when read. Only records are made that way.
 */
final class SessionAttributeSerialization {

	private SessionAttributeSerialization() {
	}

	static GenericConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, new SerializingConverter((value, out) -> {
			ObjectOutputStream objects = new RecordsOut(out);
			objects.writeObject(value);
			objects.flush();
		}));
		service.addConverter(byte[].class, Object.class,
				new DeserializingConverter(in -> read(in, classLoader)));
		return service;
	}

	static Object read(InputStream in, ClassLoader classLoader) throws IOException {
		try (ObjectInputStream objects = new RecordsIn(in, classLoader)) {
			return objects.readObject();
		}
		catch (ClassNotFoundException e) {
			throw new IOException(e);
		}
	}

	/** A record that is not serializable, as its type and its component values. */
	record RecordValues(String type, Object[] values) implements Serializable {

		static RecordValues of(Object record) throws IOException {
			RecordComponent[] components = record.getClass().getRecordComponents();
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				try {
					var accessor = components[i].getAccessor();
					accessor.setAccessible(true);
					values[i] = accessor.invoke(record);
				}
				catch (IllegalAccessException | InvocationTargetException e) {
					throw new NotSerializableException(record.getClass().getName());
				}
			}
			return new RecordValues(record.getClass().getName(), values);
		}

		Object toRecord(ClassLoader classLoader) throws IOException {
			try {
				Class<?> type = Class.forName(this.type, false, classLoader);
				if (!type.isRecord()) {
					throw new NotSerializableException(this.type);
				}
				Class<?>[] types = Arrays.stream(type.getRecordComponents())
					.map(RecordComponent::getType)
					.toArray(Class<?>[]::new);
				Constructor<?> constructor = type.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return constructor.newInstance(values);
			}
			catch (ReflectiveOperationException | IllegalArgumentException e) {
				throw new NotSerializableException(this.type);
			}
		}
	}

	private static final class RecordsOut extends ObjectOutputStream {

		RecordsOut(OutputStream out) throws IOException {
			super(out);
			enableReplaceObject(true);
		}

		@Override
		protected Object replaceObject(Object value) throws IOException {
			if (value != null && value.getClass().isRecord() && !(value instanceof Serializable)) {
				return RecordValues.of(value);
			}
			return value;
		}
	}

	private static final class RecordsIn extends ConfigurableObjectInputStream {

		private final ClassLoader classLoader;

		RecordsIn(InputStream in, ClassLoader classLoader) throws IOException {
			super(in, classLoader);
			this.classLoader = classLoader;
			enableResolveObject(true);
		}

		@Override
		protected Object resolveObject(Object value) throws IOException {
			return value instanceof RecordValues values ? values.toRecord(classLoader) : value;
		}
	}
}
