package dev.saferank.platform.notice;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled tasks on: the notice follows re-ratings ({@link NoticeFollower}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeScheduling {}
