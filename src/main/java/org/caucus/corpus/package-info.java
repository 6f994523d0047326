/**
 * The corpus: imported messages with their raw bytes and normalised text, the blocks a body is
 * split into, who speaks in each block, and the participants of the debate.
 */
package org.caucus.corpus;
