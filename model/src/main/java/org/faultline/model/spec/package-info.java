/**
 * The configuration of the infrastructure model as plain immutable records, in declaration order:
 * what a scenario file is bound to. Depends on nothing but the JDK.
 */
package org.faultline.model.spec;
