/**
 * A county bureau's own rating and publication filed with the city (区县评定、公布、报市局备案; issue 17 point 1):
 * 泉州's county lists of 10–20 best and 10 worst, 苏州's 区 评定.
 */
package dev.saferank.platform.countyrating;
