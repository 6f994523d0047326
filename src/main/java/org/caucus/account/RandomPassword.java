package org.caucus.account;

import java.security.SecureRandom;

/** Passwords nobody chose: 24 characters from an alphabet without look-alikes (0/O, 1/l/I). */
final class RandomPassword {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPassword() {}

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
