package dev.saferank.rating;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * What an application imports to rate: the facts reader, stored schemes, rating runs and results,
 * publications. It needs a DataSource with the platform's schema (module database) and a JdbcTemplate.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class RatingModule {}
