/**
 * Sanctions (约谈, 通报批评, 不良信息, 立案处罚, 多处挂靠) and honours (表彰) of an agency, each with the
 * level of the authority; recorded, withdrawn with a reason, never deleted.
 */
package dev.saferank.platform.sanction;
