/** Test support: a city's facts recorded through GraphQL as its bureau records them, and the hand-worked populations. */
package dev.saferank.platform.facts;
