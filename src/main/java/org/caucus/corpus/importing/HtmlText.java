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

    private HtmlText() {}

    static String of(String html) {
        // Spaces before a line break come from the markup's layout, not from the writer.
        return of(Jsoup.parse(html).body()).replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    /** Text of an element; inside {@code pre} whitespace is kept as written. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            boolean pre = inPre(text);
                            out.append(pre ? text.getWholeText() : text.text().replace('\u00a0', ' '));
                        } else if (node instanceof Element element) {
                            String tag = element.normalName();
                            if (tag.equals("br")) {
                                out.append('\n');
                            } else if (BLOCKS.contains(tag)) {
                                newline(out);
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            newline(out);
                        }
                    }
                },
                root);
        return out.toString();
    }

    private static boolean inPre(TextNode text) {
        for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
