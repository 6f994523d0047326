package org.caucus.corpus.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns body bytes into text: a declared charset is honoured (through the aliases mail clients really write), an
 * undeclared one is detected with ICU4J rather than assumed to be UTF-8, and the choice is recorded.
 */
final class Charsets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte ESCAPE = 0x1b;
    private static final String ASCII_SAMPLE = "From: Ann <ann@example.org>\r\n\tHello, 1net! ~{}[]|\\^_`";
    private static final Map<Charset, Boolean> ASCII_COMPATIBLE = new ConcurrentHashMap<>();

    /*
     * Names that Java does not know, or knows as a narrower charset than the one the senders' software really used:
     * Outlook's ks_c_5601-1987 is Windows-949, gb2312 mail is GBK, Shift_JIS mail is Windows-31J, and ISO-8859-1
     * is labelled on text that uses the C1 range as Windows-1252 (as browsers and the WHATWG encoding spec do).
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("gb2312", "GBK"),
            Map.entry("gb_2312-80", "GBK"),
            Map.entry("x-gbk", "GBK"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-7", "UTF-8"),
            Map.entry("x-user-defined", "windows-1252"));

    /** Text decoded from bytes, with the charset used and how it was chosen. */
    record Decoded(String text, String charset, CharsetChoice choice) {}

    private Charsets() {}

    /** The charset a declared name stands for, or null when neither Java nor the alias table knows it. */
    static Charset resolve(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().replaceAll("^[\"']|[\"']$", "");
        String alias = ALIASES.get(name.toLowerCase(Locale.ROOT));
        try {
            return Charset.forName(alias != null ? alias : name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Decodes with the declared charset when there is one and it is known; otherwise detects. Problems go to
     * {@code warnings}, each a phrase about the body.
     */
    static Decoded decode(byte[] bytes, String declared, List<String> warnings) {
        if (declared != null && !declared.isBlank()) {
            Charset charset = resolve(declared);
            if (charset == null) {
                Decoded detected = detect(bytes);
                warnings.add("body declares the unknown charset '%s'; read as %s (detected)"
                        .formatted(declared.strip(), detected.charset()));
                return detected;
            }
            if (isPlainAscii(bytes) && readsAsciiAsAscii(charset)) {
                return new Decoded(
                        new String(bytes, StandardCharsets.US_ASCII), charset.name(), CharsetChoice.DECLARED);
            }
            String strict = strictly(bytes, charset);
            if (strict != null) {
                return new Decoded(strict, charset.name(), CharsetChoice.DECLARED);
            }
            Decoded detected = detect(bytes);
            if (detected.choice() == CharsetChoice.DETECTED
                    && !detected.charset().equals(charset.name())) {
                warnings.add("body is not valid %s as declared; read as %s (detected)"
                        .formatted(declared.strip(), detected.charset()));
                return detected;
            }
            warnings.add(
                    "body is not valid %s as declared; bytes that are not were replaced".formatted(declared.strip()));
            return new Decoded(new String(bytes, charset), charset.name(), CharsetChoice.DECLARED);
        }
        return detect(bytes);
    }

    /** Plain ASCII needs no choice; valid UTF-8 is taken as such; anything else is left to ICU4J. */
    static Decoded detect(byte[] bytes) {
        if (isPlainAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "US-ASCII", CharsetChoice.DEFAULT);
        }
        // Non-ASCII text that happens to be valid UTF-8 but is not is vanishingly rare; ICU is less sure on short text.
        // Bytes all below 128 (with escapes or NULs) are valid UTF-8 too, but that says nothing of them.
        String utf8 = hasHighByte(bytes) ? strictly(bytes, StandardCharsets.UTF_8) : null;
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", CharsetChoice.DETECTED);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset charset = resolve(match.getName());
            if (charset != null && mayBe(match.getName(), bytes)) {
                String text = strictly(bytes, charset);
                if (text != null) {
                    return new Decoded(text, charset.name(), CharsetChoice.DETECTED);
                }
            }
        }
        // Every byte is a character in windows-1252 but five, so this loses (almost) nothing.
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252", CharsetChoice.DEFAULT);
    }

    /**
     * UTF-8 was tried before ICU. Nearly any even number of bytes decodes as UTF-16 without an error, so ICU's guess
     * of UTF-16 or UTF-32 is taken only for text that holds NUL bytes, as those encodings of Latin text do.
     */
    private static boolean mayBe(String detected, byte[] bytes) {
        if (detected.equals("UTF-8")) {
            return false;
        }
        if (detected.startsWith("UTF-")) {
            for (byte b : bytes) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * ASCII text, read as it is whatever is declared. Not so with a NUL byte (UTF-16 and UTF-32 text is full of them)
     * or an escape byte (ISO-2022-JP, ISO-2022-KR and ISO-2022-CN write their own letters in ASCII bytes after one).
     */
    static boolean isPlainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b <= 0 || b == ESCAPE) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHighByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the charset writes ASCII characters as the same bytes; UTF-16 and UTF-32 do not. */
    private static boolean readsAsciiAsAscii(Charset charset) {
        return ASCII_COMPATIBLE.computeIfAbsent(
                charset,
                c -> c.canEncode()
                        && Arrays.equals(ASCII_SAMPLE.getBytes(c), ASCII_SAMPLE.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
