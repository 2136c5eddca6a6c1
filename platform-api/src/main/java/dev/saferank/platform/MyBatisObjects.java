package dev.saferank.platform;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rows become package-private records through their constructors. MyBatis' default factory looks
 * the constructor up for every row and, the record not being public, first fails with an
 * IllegalAccessException (a stack trace per row) before it makes it accessible; this factory makes
 * each constructor accessible once. Measured with AgencyPageBenchmark (2,000 findings a page).
 */
@Configuration(proxyBeanMethods = false)
class MyBatisObjects {

    @Bean
    ConfigurationCustomizer accessibleConstructors() {
        return configuration -> configuration.setObjectFactory(new ConstructorCache());
    }

    static final class ConstructorCache extends DefaultObjectFactory {

        private record Signature(Class<?> type, List<Class<?>> parameters) {}

        private final Map<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

        @Override
        public <T> T create(Class<T> type, List<Class<?>> parameterTypes, List<Object> arguments) {
            if (parameterTypes == null || arguments == null || type.isInterface()) {
                return super.create(type, parameterTypes, arguments);
            }
            Constructor<?> constructor = constructors.computeIfAbsent(
                    new Signature(type, List.copyOf(parameterTypes)), ConstructorCache::accessible);
            try {
                return type.cast(constructor.newInstance(arguments.toArray()));
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new ReflectionException(
                        "Error instantiating " + type + " with " + parameterTypes + ": " + e.getMessage(), e);
            }
        }

        private static Constructor<?> accessible(Signature signature) {
            try {
                Constructor<?> constructor = signature
                        .type()
                        .getDeclaredConstructor(signature.parameters().toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new ReflectionException(
                        "Error instantiating " + signature.type() + ": no constructor " + signature.parameters(), e);
            }
        }
    }
}
