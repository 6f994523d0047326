package org.caucus.analysis;

import org.caucus.coding.StanceQualifier;

/**
 * One group of the matrix query: how many passages a row has with one qualifier on one position.
 *
 * @param rowKey what identifies the row (a participant id, an organisation...), {@code null} for
 *     the row of passages without one
 */
record MatrixCell(String rowKey, String rowLabel, long positionId, StanceQualifier qualifier, long passages) {}
