package org.caucus.corpus.importing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * Builds a {@link ParsedMessage} from what every format has in common: header fields, body text, raw bytes. The rules
 * for list names, thread subjects, posters, dates and message ids live here once, whatever the format.
 */
final class MessageAssembler {

    private static final int QUOTE_LENGTH = 60;

    private static final Pattern THREAD_NOISE =
            Pattern.compile("^\\s*(?:" + SubjectPrefixes.REPLY + "|\\[[^\\]]*\\])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ID = Pattern.compile("<([^.>\\s]+)[^>]*>");
    // "user at host.example": Mailman's obfuscation. The host needs a dot, so "meet at noon" stays as written.
    // A match may start only where a run of user characters starts, or where the last match ended: inside a run, the
    // match would fail as it did at the run's start, and the lookbehind spares those characters the try.
    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?:\\G|(?<![\\w.+'=/-]))([\\w.+'=/-]+) at ([\\w-]+(?:\\.[\\w-]+)+)", Pattern.UNICODE_CHARACTER_CLASS);
    // "washort at iceman (Allen Short)": a From in pipermail's own form, whose host (a machine on a local network) has
    // no dot. The form alone says this is an address, where OBFUSCATED, reading any text, must ask for the dot.
    private static final Pattern OBFUSCATED_UNDOTTED_THEN_NAME =
            Pattern.compile("^([\\w.+'=/-]+) at ([\\w-]+)(\\s*\\(.*\\))$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("^(.*?)\\s*<([^<>]*)>\\s*$");
    // An address's local part holds no "@": with "\\S+@\\S+", a From of fifty thousand "a@" took the expressions
    // minutes of backtracking.
    private static final String ADDRESS = "[^\\s@()]+@[^\\s()]+";
    private static final Pattern ADDRESS_THEN_NAME = Pattern.compile("^(" + ADDRESS + ")\\s*\\((.*)\\)\\s*$");
    private static final Pattern NAME_THEN_ADDRESS = Pattern.compile("^(.*?)\\s*\\((" + ADDRESS + ")\\)\\s*$");
    private static final Pattern BARE_ADDRESS = Pattern.compile("\\S+@[^\\s@]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MessageAssembler() {}

    /** What a format reader found; the assembler adds the rest. */
    record Parts(
            SourcePosition position,
            HeaderBlock headers,
            String bodyText,
            byte[] raw,
            Charsets.Decoded charset,
            List<Attachment> attachments,
            String archiveListName,
            List<String> problems) {}

    static ParsedMessage assemble(Parts parts) {
        HeaderBlock headers = parts.headers();
        List<String> problems = new ArrayList<>(parts.problems());

        String subject = headers.decoded("Subject", problems);
        if (subject == null) {
            problems.add("no Subject header");
            subject = "";
        }
        subject = SPACES.matcher(subject).replaceAll(" ").strip();

        String[] poster = poster(headers, problems);

        String dateHeader = headers.raw("Date");
        OffsetDateTime sentAt = MailDates.parse(dateHeader);
        if (dateHeader == null) {
            problems.add("no Date header; kept with no date");
        } else if (sentAt == null) {
            // Old pipermail archives write every Date header without a zone: a day known to within hours serves a
            // timeline better than none.
            sentAt = MailDates.parseWithoutZoneAsUtc(dateHeader);
            problems.add(
                    sentAt != null
                            ? "Date header " + quote(dateHeader) + " gives no time zone; read as UTC, so it may be"
                                    + " up to 14 hours off"
                            : "Date header " + quote(dateHeader)
                                    + " is not a date with a time zone; kept with no date");
        }

        String messageId = messageId(headers);
        if (messageId == null) {
            problems.add("no Message-ID header");
        }
        String inReplyTo = firstId(headers.raw("In-Reply-To"));
        List<String> references = ids(headers.raw("References"));

        String body = BodyText.normalise(parts.bodyText());
        if (body.isEmpty()) {
            problems.add("the body is empty");
        }
        List<String> warnings = problems.stream()
                .map(problem -> parts.position() + ": " + problem)
                .toList();
        return new ParsedMessage(
                listName(subject, headers.raw("List-Id"), parts.archiveListName()),
                subject,
                poster[0],
                poster[1],
                sentAt,
                dateHeader,
                messageId,
                inReplyTo,
                references,
                body,
                parts.raw(),
                threadSubject(subject),
                parts.charset().charset(),
                parts.charset().choice(),
                parts.attachments(),
                warnings);
    }

    /**
     * The message's id as {@link #assemble} gives it: the first id of its Message-ID header without the angle
     * brackets; null when it has none.
     */
    static String messageId(HeaderBlock headers) {
        return firstId(headers.raw("Message-ID"));
    }

    /**
     * A {@link ReadOutcome.Duplicate} when the header fields name a message that {@code known} holds; null otherwise,
     * when the message must be assembled. Shares {@link #messageId} with {@link #assemble}, so a copy is recognised
     * here exactly when its assembled message would have the same id.
     */
    static ReadOutcome.Duplicate knownCopy(SourcePosition position, HeaderBlock headers, KnownMessageIds known) {
        String messageId = messageId(headers);
        return messageId != null && known.contains(messageId) ? new ReadOutcome.Duplicate(position, messageId) : null;
    }

    /** The subject without list tags and reply or forward prefixes, however deeply they are chained. */
    static String threadSubject(String subject) {
        String rest = subject;
        while (true) {
            Matcher noise = THREAD_NOISE.matcher(rest);
            if (!noise.lookingAt() || noise.end() == 0) {
                return rest.strip();
            }
            rest = rest.substring(noise.end());
        }
    }

    /** Rewrites Mailman's "user at host.example" as "user@host.example"; other text is left alone. */
    static String deobfuscate(String text) {
        return text == null || !text.contains(" at ")
                ? text
                : OBFUSCATED.matcher(text).replaceAll("$1@$2");
    }

    /**
     * The list a message was archived from. The list that delivered it (its List-Id) or the archive's name says which
     * list, and the subject's tag for it how the list spells itself. A reply sent to two lists carries both tags
     * ("[XML-SIG] Re: [Twisted-Python] parsers" in twisted-python's archive), so the first tag is taken only when
     * nothing says which list. The list's tag may stand further in, where an older Mailman left a subject that held it
     * anywhere ("[UPDATE] aio works [was: Re: [Twisted-Python] Async I/O]"). A pipermail month's folder name may be
     * only where someone saved the month, so a tag that does not match it names the list instead. With nothing to go
     * by but the subject, a renamed thread's or a translated reply's tag ("Talk in DC (Was: [Twisted-Python] ...)")
     * names the list when no tag heads the subject.
     */
    private static String listName(String subject, String listId, String archiveListName) {
        List<String> leading = SubjectPrefixes.leadingTags(subject).stream()
                .map(tag -> tag.name().strip())
                .toList();
        String delivering = listIdName(listId);
        String known = delivering != null ? delivering : archiveListName;
        if (known != null) {
            Optional<String> spelled = SubjectPrefixes.allTags(subject).stream()
                    .filter(known::equalsIgnoreCase)
                    .findFirst();
            if (spelled.isPresent()) {
                return spelled.get();
            }
            if (delivering != null || leading.isEmpty()) {
                return known;
            }
        }
        if (!leading.isEmpty()) {
            return leading.getFirst();
        }
        return SubjectPrefixes.introducedTags(subject).stream().findFirst().orElse(null);
    }

    private static String listIdName(String listId) {
        if (listId == null) {
            return null;
        }
        Matcher id = LIST_ID.matcher(listId);
        return id.find() ? id.group(1) : null;
    }

    /** {name, address}: "Name <addr>", "addr (Name)", a bare address, or "Name addr" as Mailman 1 wrote it. */
    private static String[] poster(HeaderBlock headers, List<String> problems) {
        String from = headers.raw("From");
        if (from == null || from.isBlank()) {
            problems.add("no From header; poster unknown");
            return new String[] {null, null};
        }
        String value =
                OBFUSCATED_UNDOTTED_THEN_NAME.matcher(deobfuscate(from.strip())).replaceFirst("$1@$2$3");
        String name;
        String address;
        Mailbox listed = severalOrCommented(value) ? firstSender(value, problems) : null;
        Matcher angle = ANGLE_ADDRESS.matcher(value);
        Matcher addressThenName = ADDRESS_THEN_NAME.matcher(value);
        if (listed != null) {
            name = listed.getName();
            address = listed.getAddress();
        } else if (value.indexOf('<') >= 0 && angle.matches()) {
            name = angle.group(1);
            address = angle.group(2).strip();
        } else if (addressThenName.matches()) {
            address = addressThenName.group(1);
            name = addressThenName.group(2);
        } else if (NAME_THEN_ADDRESS.matcher(value).matches()) {
            Matcher nameThenAddress = NAME_THEN_ADDRESS.matcher(value);
            nameThenAddress.matches();
            name = nameThenAddress.group(1);
            address = nameThenAddress.group(2);
        } else {
            Matcher bare = BARE_ADDRESS.matcher(value);
            if (bare.find()) {
                address = bare.group();
                name = (value.substring(0, bare.start()) + value.substring(bare.end())).strip();
            } else {
                address = null;
                name = value;
            }
        }
        name = cleanName(name, problems);
        // A name without a letter or digit ("????????") names nobody; participants are not matched by it.
        String keptBy = name != null && name.codePoints().anyMatch(Character::isLetterOrDigit)
                ? "poster kept by name"
                : "poster unknown";
        if (address != null && !address.contains("@")) {
            problems.add("From address " + quote(address) + " is masked or not an address; " + keptBy);
            address = null;
        } else if (address == null) {
            problems.add("From header " + quote(from) + " has no address; " + keptBy);
        }
        if (name != null && address != null && name.equalsIgnoreCase(address)) {
            name = null;
        }
        return new String[] {name, address == null ? null : withoutMailto(address)};
    }

    /**
     * A From that names several senders ("Ann &lt;ann@x&gt;, Bob &lt;bob@x&gt;") or has a comment after the address:
     * the patterns below, written for one sender as archives show them, would take it for a name and an address.
     * Pipermail's "ann@x (ann@x)" names one sender twice, and stays with them.
     */
    private static boolean severalOrCommented(String value) {
        int lastAngle = value.lastIndexOf('>');
        boolean several = value.indexOf(',') >= 0 && value.indexOf('@') != value.lastIndexOf('@');
        return several || (lastAngle >= 0 && lastAngle < value.length() - 1);
    }

    /** The first sender of the list, as mime4j reads it, with a warning when there are more; null when none. */
    private static Mailbox firstSender(String value, List<String> problems) {
        MailboxList senders;
        try {
            senders = LenientAddressParser.DEFAULT.parseAddressList(value).flatten();
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (senders.isEmpty() || senders.get(0).getAddress() == null) {
            return null;
        }
        Mailbox first = senders.get(0);
        if (senders.size() > 1) {
            problems.add("From header names " + senders.size() + " senders; the message is credited to the first, "
                    + first.getAddress());
        }
        return first;
    }

    private static String withoutMailto(String address) {
        return address.startsWith("mailto:") ? address.substring("mailto:".length()) : address;
    }

    private static String cleanName(String raw, List<String> problems) {
        if (raw == null) {
            return null;
        }
        String name = HeaderBlock.decodeWords(raw, "From", problems).strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
            name = name.substring(1, name.length() - 1);
        }
        name = SPACES.matcher(deobfuscate(name)).replaceAll(" ").strip();
        return name.isEmpty() ? null : name;
    }

    /** A message id without its angle brackets; ids written without brackets (as some archives have) are kept. */
    static String firstId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<String> bracketed = bracketedIds(header);
        if (!bracketed.isEmpty()) {
            return bracketed.getFirst();
        }
        String bare = SPACES.split(header.strip())[0];
        return bare.isEmpty() ? null : bare;
    }

    private static List<String> ids(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<String> ids = bracketedIds(header);
        if (ids.isEmpty()) {
            ids.addAll(List.of(SPACES.split(header.strip())));
        }
        return ids;
    }

    /**
     * The ids between angle brackets, in order, as {@code <([^<>\s]+)>} would find them: read by hand, since the
     * References of a long thread hold dozens and every message has them.
     */
    private static List<String> bracketedIds(String header) {
        List<String> ids = new ArrayList<>();
        int open = header.indexOf('<');
        while (open >= 0) {
            int end = open + 1;
            while (end < header.length() && isIdCharacter(header.charAt(end))) {
                end++;
            }
            if (end > open + 1 && end < header.length() && header.charAt(end) == '>') {
                ids.add(header.substring(open + 1, end));
                open = header.indexOf('<', end + 1);
            } else {
                open = header.indexOf('<', open + 1);
            }
        }
        return ids;
    }

    /** Anything but a bracket or what {@code \s} matches. */
    private static boolean isIdCharacter(char c) {
        return c != '<' && c != '>' && " \t\n\u000B\f\r".indexOf(c) < 0;
    }

    static String quote(String text) {
        String shown = SPACES.matcher(text.strip()).replaceAll(" ");
        return "'" + (shown.length() > QUOTE_LENGTH ? shown.substring(0, QUOTE_LENGTH - 3) + "..." : shown) + "'";
    }
}
