package org.caucus.corpus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.caucus.project.Project;

/**
 * A small pipermail archive with a branching thread, two lists, four posters and an undated
 * message, for the message list and the thread tree. Carol writes from UTC-5, so her evening
 * message of 3 November falls on 4 November in UTC. Importing it twice adds nothing.
 *
 * <pre>
 * wgig  Enhanced cooperation     Alice  2013-11-01 10:00 UTC
 * wgig    Re: (to Alice)          Bob    2013-11-02 09:00 UTC
 * wgig      Re: (to Bob)          Carol  2013-11-04 04:30 UTC (23:30 -05:00 on the 3rd)
 * wgig    Re: (to Alice)          Bob    2013-11-04 08:00 UTC
 * igf   Venue                    Alice  2013-11-02 15:00 UTC
 * igf     Re: Venue               Dave   no date (31 February)
 * wgig  Budget                   Bob    2013-12-01 12:00 UTC
 * </pre>
 */
public final class WorkingGroupArchive {

    public static final String WGIG = "wgig";
    public static final String IGF = "igf";
    public static final String ALICE = "Alice Archer";
    public static final String BOB = "Bob Baker";
    public static final String CAROL = "Carol Cruz";
    public static final String DAVE = "Dave Dunn";

    private static final String TEXT = message(
                    "alice", ALICE, "Fri, 01 Nov 2013 10:00:00 +0000", "[wgig] Enhanced cooperation", "ec", null)
            + message("bob", BOB, "Sat, 02 Nov 2013 09:00:00 +0000", "[wgig] Re: Enhanced cooperation", "ec-bob", "ec")
            + message(
                    "carol",
                    CAROL,
                    "Sun, 03 Nov 2013 23:30:00 -0500",
                    "[wgig] Re: Enhanced cooperation",
                    "ec-carol",
                    "ec-bob")
            + message("bob", BOB, "Mon, 04 Nov 2013 08:00:00 +0000", "[wgig] Re: Enhanced cooperation", "ec-bob2", "ec")
            + message("alice", ALICE, "Sat, 02 Nov 2013 15:00:00 +0000", "[igf] Venue", "venue", null)
            + message("dave", DAVE, "Tue, 31 Feb 2013 10:00:00 +0000", "[igf] Re: Venue", "venue-dave", "venue")
            + message("bob", BOB, "Sun, 01 Dec 2013 12:00:00 +0000", "[wgig] Budget", "budget", null);

    private WorkingGroupArchive() {}

    public static void importInto(ArchiveImportService importer, Project project) {
        importer.importStream(
                project,
                "wgig-2013.txt",
                new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.US_ASCII)),
                ImportProgress.NONE);
    }

    private static String message(String user, String name, String date, String subject, String id, String inReplyTo) {
        String reply = inReplyTo == null
                ? ""
                : "In-Reply-To: <%s@wgig.example>\nReferences: <%s@wgig.example>\n".formatted(inReplyTo, inReplyTo);
        return """
                From %1$s at wgig.example  Fri Nov  1 10:00:00 2013
                From: %1$s at wgig.example (%2$s)
                Date: %3$s
                Subject: %4$s
                Message-ID: <%5$s@wgig.example>
                %6$s
                Text of %5$s.

                """.formatted(user, name, date, subject, id, reply);
    }
}
