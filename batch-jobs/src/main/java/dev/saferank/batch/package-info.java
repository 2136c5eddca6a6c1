/** The annual rating and publication jobs: one package per job. */
package dev.saferank.batch;
