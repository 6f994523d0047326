package org.caucus.corpus.importing;

import java.util.function.Predicate;

/**
 * A Maildir, as mail programs and servers keep a mailbox: a folder whose {@code new} and {@code cur} folders hold one
 * message per file, named from the time it was delivered, and whose {@code tmp} folder holds messages while they are
 * being delivered, which may be incomplete.
 */
final class Maildir {

    private Maildir() {}

    /**
     * Whether a file is in a Maildir's {@code tmp} folder, so possibly half delivered.
     *
     * @param folder the file's folder, ending in {@code /}
     * @param exists whether a folder of that form is there
     */
    static boolean isDeliveryFolder(String folder, Predicate<String> exists) {
        if (!folder.equals("tmp/") && !folder.endsWith("/tmp/")) {
            return false;
        }
        String maildir = folder.substring(0, folder.length() - "tmp/".length());
        // A zip may leave out a Maildir's empty folders, so one of the two will do.
        return exists.test(maildir + "new/") || exists.test(maildir + "cur/");
    }

    /** A file of a {@linkplain #isDeliveryFolder tmp folder}, left out. */
    static ReadOutcome.Skipped partlyDelivered(String sourceName) {
        return new ReadOutcome.Skipped(
                SourcePosition.wholeFile(sourceName),
                sourceName + ": in a Maildir's tmp folder, where a message may be only partly delivered");
    }

    /**
     * The folder a file is read with: a Maildir's {@code new} and {@code cur} are read as one, the mail a program had
     * read and the mail it had not yet, so that their messages come in the order they were delivered.
     *
     * @param folder the file's folder, ending in {@code /}, or empty for none
     */
    static String readWith(String folder) {
        for (String messages : new String[] {"cur/", "new/"}) {
            if (folder.equals(messages) || folder.endsWith("/" + messages)) {
                return folder.substring(0, folder.length() - messages.length());
            }
        }
        return folder;
    }
}
