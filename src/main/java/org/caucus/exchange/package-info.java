/**
 * Exchange with other tools and other Caucus servers: REFI-QDA projects (QDPX) and codebooks (QDC)
 * for ATLAS.ti, MAXQDA, NVivo and QualCoder, and the one-file backup of a whole project.
 */
package org.caucus.exchange;
