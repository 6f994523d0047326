package org.caucus.corpus.importing;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text a reader sees in an HTML body, with its paragraphs and line breaks, read with jsoup. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "blockquote",
            "pre",
            "table",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "hr",
            "address",
            "section",
            "article",
            "header",
            "footer");

    private static final String BLOCKQUOTE = "blockquote";
    // Deeper quoting is a mail loop or a hostile page, not a discussion (twisted-python's deepest is 13); marking
    // every level of jsoup's 512 would make a line of text 512 characters longer.
    static final int MAX_MARKED_DEPTH = 30;

    private HtmlText() {}

    static String of(String html) {
        // Spaces before a line break come from the markup's layout, not from the writer.
        return of(Jsoup.parse(html).body()).replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    /**
     * Text of an element; inside {@code pre} whitespace is kept as written. A {@code blockquote} is how HTML mail
     * quotes (Gmail, Apple Mail, Thunderbird): its lines are marked "> " per level, as the same mail in plain text
     * would be, so that the segmenter tells the quoted writer's words from the poster's.
     */
    static String of(Element root) {
        QuotedLines out = new QuotedLines();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            if (inPre(text)) {
                                out.preformatted(text.getWholeText());
                            } else {
                                out.text(text.text().replace('\u00a0', ' '));
                            }
                        } else if (node instanceof Element element) {
                            String tag = element.normalName();
                            if (tag.equals("br")) {
                                out.lineBreak();
                            } else if (BLOCKS.contains(tag)) {
                                out.endLine();
                            }
                            if (tag.equals(BLOCKQUOTE)) {
                                out.quoteDeeper();
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            out.endLine();
                            if (element.normalName().equals(BLOCKQUOTE)) {
                                out.quoteShallower();
                            }
                        }
                    }
                },
                root);
        return out.toString();
    }

    /** Lines of text, each started with the quote markers of the blockquotes it stands in. */
    private static final class QuotedLines {

        private final StringBuilder out = new StringBuilder();
        private int quoteDepth;
        private boolean lineStarted;

        void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // The markup's indentation is no part of the text: a browser drops it at the start of a line.
                if (!lineStarted && c == ' ') {
                    continue;
                }
                character(c);
            }
        }

        void preformatted(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineBreak();
                } else {
                    character(text.charAt(i));
                }
            }
        }

        void lineBreak() {
            if (full()) {
                return;
            }
            if (!lineStarted && quoteDepth > 0) {
                out.append(markers());
            }
            out.append('\n');
            lineStarted = false;
        }

        /** Ends the line unless nothing stands on it yet. */
        void endLine() {
            if (lineStarted) {
                out.append('\n');
                lineStarted = false;
            }
        }

        void quoteDeeper() {
            quoteDepth++;
        }

        void quoteShallower() {
            quoteDepth--;
        }

        private void character(char c) {
            if (full()) {
                return;
            }
            if (!lineStarted) {
                if (quoteDepth > 0) {
                    out.append(markers()).append(' ');
                }
                lineStarted = true;
            }
            out.append(c);
        }

        /**
         * Whether the text fills what a body holds. The markers make the text longer than the markup at most a few
         * times over; this keeps a hostile page from making it tens of megabytes.
         */
        private boolean full() {
            return out.length() >= MimeMessageParser.MAX_TEXT_BYTES;
        }

        private String markers() {
            return ">".repeat(Math.min(quoteDepth, MAX_MARKED_DEPTH));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static boolean inPre(TextNode text) {
        for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
