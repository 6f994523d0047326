package org.caucus.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names one statement however often it is quoted: the message where it was first written and its
 * words, compared without case, punctuation, quote markers or line breaks.
 */
final class StatementKey {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StatementKey() {}

    static String of(long writtenInMessageId, String passage) {
        String words = NOT_A_WORD
                .matcher(passage.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        return writtenInMessageId + ":"
                + HexFormat.of().formatHex(sha256(words)).substring(0, 40);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
