package org.caucus.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads one pipermail (Mailman 2) per-message HTML page, as saved from a list archive: the subject in {@code <h1>},
 * the poster in {@code <b>} and the obfuscated address after it, the date in {@code <i>}, and the body between the
 * {@code beginarticle} and {@code endarticle} comments. The page has no Message-ID header, but its "reply" link carries
 * the message's id as {@code In-Reply-To}, so the id is recovered from there. Index pages are refused as such.
 */
public final class PipermailHtmlReader implements MailSourceReader {

    private static final Pattern META_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_ID = Pattern.compile("[?&]In-Reply-To=([^&\"]+)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PAGE_BYTES = 64 << 20;

    private final KnownMessageIds known;

    public PipermailHtmlReader() {
        this(KnownMessageIds.NONE);
    }

    /**
     * @param known messages not to assemble again: a page of one becomes a {@link ReadOutcome.Duplicate}. The id is
     *     in the page's reply link, so the page is still parsed; only its article is not turned into text.
     */
    public PipermailHtmlReader(KnownMessageIds known) {
        this.known = known;
    }

    @Override
    public void read(String sourceName, String listName, InputStream in, Consumer<? super ReadOutcome> sink)
            throws IOException {
        byte[] raw = in.readNBytes(MAX_PAGE_BYTES);
        sink.accept(readPage(sourceName, listName, raw));
    }

    /** Reads one page from its bytes. */
    public ReadOutcome readPage(String sourceName, String listName, byte[] raw) {
        SourcePosition position = new SourcePosition(sourceName, 1, 1, 0);
        List<String> problems = new ArrayList<>();
        String head = new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        Charsets.Decoded decoded = Charsets.decode(raw, meta.find() ? meta.group(1) : null, problems);
        if (!decoded.text().contains("<!--beginarticle-->")) {
            return new ReadOutcome.Skipped(
                    SourcePosition.wholeFile(sourceName),
                    sourceName + ": not a pipermail message page (no article in it: an index page or another page)");
        }
        try {
            Document page = Jsoup.parse(decoded.text());
            String subject = textOf(page.selectFirst("h1"));
            Element posterElement = page.selectFirst("body > b, b");
            String poster = textOf(posterElement);
            Element mailto = page.selectFirst("a[href^=mailto:]");
            String address = mailto == null ? "" : mailto.text().strip();
            String date = textOf(page.selectFirst("i"));
            String messageId = mailto == null ? null : replyId(mailto.attr("href"));

            List<HeaderBlock.Field> fields = new ArrayList<>();
            fields.add(new HeaderBlock.Field("From", poster.isBlank() ? address : poster + " <" + address + ">"));
            fields.add(new HeaderBlock.Field("Subject", subject));
            fields.add(new HeaderBlock.Field("Date", date));
            if (messageId != null) {
                fields.add(new HeaderBlock.Field("Message-ID", "<" + messageId + ">"));
            }
            HeaderBlock headers = new HeaderBlock(List.copyOf(fields), 0);
            ReadOutcome.Duplicate copy = MessageAssembler.knownCopy(position, headers, known);
            if (copy != null) {
                return copy;
            }
            return new ReadOutcome.Read(
                    position,
                    MessageAssembler.assemble(new MessageAssembler.Parts(
                            position, headers, article(page), raw, decoded, List.of(), listName, problems)));
        } catch (RuntimeException e) {
            return new ReadOutcome.Failed(
                    position, raw, position + ": could not be read as a pipermail page (" + e + ")");
        }
    }

    /** Everything between the article comments, as text; the {@code pre} keeps its spaces and line breaks. */
    private static String article(Document page) {
        Comment begin = null;
        for (Node node : page.body().getAllElements().stream()
                .flatMap(element -> element.childNodes().stream())
                .toList()) {
            if (node instanceof Comment comment && comment.getData().strip().equals("beginarticle")) {
                begin = comment;
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        for (Node node = begin == null ? null : begin.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof Comment comment && comment.getData().strip().equals("endarticle")) {
                break;
            } else if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                text.append(HtmlText.of(element));
            }
        }
        return text.toString();
    }

    private static String replyId(String href) {
        Matcher id = REPLY_ID.matcher(href);
        if (!id.find()) {
            return null;
        }
        return MessageAssembler.firstId(URLDecoder.decode(id.group(1), StandardCharsets.UTF_8));
    }

    private static String textOf(Element element) {
        return element == null ? "" : element.text().strip();
    }
}
