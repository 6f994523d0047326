package org.caucus.corpus;

/**
 * An analyst changed who speaks in a run of a message. Coded passages in that run follow: their
 * statements belong to the new speaker.
 *
 * @param speakerId {@code null} when the analyst says nobody known speaks there
 */
public record BlockSpeakerChanged(long messageId, int start, int end, Long speakerId) {}
