/** The command line for bureaus: validate a scheme, evaluate facts, compare two scheme versions. */
package dev.saferank.scheme.cli;
