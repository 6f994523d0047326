/** The codebook: the issues under debate and the positions one can take on each. */
package org.caucus.codebook;
