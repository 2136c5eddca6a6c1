package dev.saferank.platform.similarity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimilaritySettings.class)
class SimilarityConfiguration {}
