/** Named, seeded random streams: the only randomness a run may use. Depends on the JDK only. */
package org.faultline.engine.random;
