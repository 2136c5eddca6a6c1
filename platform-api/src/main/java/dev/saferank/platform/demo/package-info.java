/** Local runs with demo data: what to open and how to sign in. */
package dev.saferank.platform.demo;
