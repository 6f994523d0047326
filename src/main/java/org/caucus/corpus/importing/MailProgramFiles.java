package org.caucus.corpus.importing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files mail programs and servers keep beside the mail of a mailbox: indexes, summaries and marker files. An
 * analyst who copies a Thunderbird profile, an Apple Mail export or a server's Maildir brings them along; reported as
 * failures, they made a whole folder that was read in full look as if part of it had been lost. Known by name; the
 * caller asks only about a file that is not mail, so that a list archive that happens to share a name is still read.
 */
final class MailProgramFiles {

    // Dovecot's own files, and not "dovecot.mbox", which may well be the archive of Dovecot's mailing list.
    private static final Pattern DOVECOT = Pattern.compile(
            "dovecot(?:-uidlist|-uidvalidity.*|-keywords|\\.index.*|\\.list\\.index.*|\\.mailbox\\.log)");

    private MailProgramFiles() {}

    /** What the file is ("Thunderbird's summary of a mailbox"), or empty when its name is not one of theirs. */
    static Optional<String> whatItIs(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".msf")) {
            return Optional.of("Thunderbird's summary of a mailbox");
        }
        if (name.equals("info.plist") || name.equals("table_of_contents")) {
            return Optional.of("Apple Mail's description of a mailbox");
        }
        if (DOVECOT.matcher(name).matches() || name.equals("subscriptions")) {
            return Optional.of("Dovecot's index of a Maildir");
        }
        if (name.startsWith("courierimap")) {
            return Optional.of("Courier's index of a Maildir");
        }
        if (name.equals("maildirfolder") || name.equals("maildirsize")) {
            return Optional.of("a Maildir's marker file");
        }
        if (name.endsWith(".toc")) {
            return Optional.of("Eudora's table of contents of a mailbox");
        }
        if (name.equals("thumbs.db") || name.equals("desktop.ini")) {
            return Optional.of("a file Windows keeps in every folder");
        }
        return Optional.empty();
    }
}
