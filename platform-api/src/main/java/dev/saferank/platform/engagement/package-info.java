/** An agency's services to enterprises (服务项目/合同): the business volume of a year. */
package dev.saferank.platform.engagement;
