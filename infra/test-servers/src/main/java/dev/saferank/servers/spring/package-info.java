/** Spring test glue: hands the build's servers to an application context. */
package dev.saferank.servers.spring;
