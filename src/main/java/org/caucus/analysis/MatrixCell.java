package org.caucus.analysis;

import org.caucus.coding.StanceQualifier;

/** One group of the matrix query: how many passages a speaker has with one qualifier on one position. */
public record MatrixCell(Long speakerId, String speaker, long positionId, StanceQualifier qualifier, long passages) {}
