/** 双随机一公开: verifiable random draws of inspected objects and inspectors, committed before and revealed after. */
package dev.saferank.platform.draw;
