/** Who changed what, when and why: the append-only history of findings, sanctions, schemes... */
package dev.saferank.platform.history;
