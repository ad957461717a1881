/**
 * Agents that break the architecture rule on purpose, one forbidden dependency each, and one that
 * keeps it. They live in the test sources outside the production packages, so the production check
 * never imports them. The architecture test imports them on their own to show that the rule reports
 * each violation. Nothing here runs in a simulation.
 */
package org.faultline.archfixture;
