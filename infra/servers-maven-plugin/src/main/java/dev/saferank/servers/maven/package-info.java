/** Maven goals that start the real servers once per build and stop them when the build ends. */
package dev.saferank.servers.maven;
