package dev.saferank.platform;

import dev.saferank.servers.spring.RealServersInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole application on a random port, talking to the real servers the build started, with secrets of its
 * own ({@link TestSecrets}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {RealServersInitializer.class, TestSecrets.class})
@ActiveProfiles("test")
public @interface RealServersTest {}
