package org.caucus.cli;

import java.util.function.Consumer;

/**
 * The coded passages a {@link SyntheticCoding} run wrote, kept in columns of numbers (about 26
 * bytes a passage), so that the export benchmark's floor can write the same values again without
 * the database.
 */
final class PassageRecording implements Consumer<SyntheticCoding.Passage> {

    private final int[] message;
    private final int[] poster;
    private final int[] speaker;
    private final int[] position;
    private final byte[] stance;
    private final int[] originMessage;
    private final int[] firstAnnotation;
    private final byte[] coder;
    private int size;

    PassageRecording(int capacity) {
        message = new int[capacity];
        poster = new int[capacity];
        speaker = new int[capacity];
        position = new int[capacity];
        stance = new byte[capacity];
        originMessage = new int[capacity];
        firstAnnotation = new int[capacity];
        coder = new byte[capacity];
    }

    @Override
    public void accept(SyntheticCoding.Passage passage) {
        int i = passage.annotation();
        message[i] = passage.message();
        poster[i] = passage.poster();
        speaker[i] = passage.speaker();
        position[i] = passage.position();
        stance[i] = (byte) passage.stance();
        originMessage[i] = passage.originMessage();
        firstAnnotation[i] = passage.firstAnnotation();
        coder[i] = (byte) passage.coder();
        size = Math.max(size, i + 1);
    }

    int size() {
        return size;
    }

    SyntheticCoding.Passage get(int annotation) {
        return new SyntheticCoding.Passage(
                annotation,
                message[annotation],
                poster[annotation],
                speaker[annotation],
                position[annotation],
                stance[annotation],
                originMessage[annotation],
                firstAnnotation[annotation],
                coder[annotation]);
    }
}
