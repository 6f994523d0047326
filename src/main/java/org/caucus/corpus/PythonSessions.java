package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the Python interactive sessions pasted into a body. Their prompt, {@code >>> }, is also how mail clients mark
 * a third level of quoting, so read by the markers alone a session the poster ran would be a quote three levels deep,
 * credited to someone else or to no one. twisted-python has hundreds of them.
 *
 * <p>A session is read as part of the text around it, one level of quoting for each marker before its prompts, when
 * most of its prompts hold Python and the text just before it is no deeper: a real third-level quote sits below the
 * second level it was quoted in.
 */
final class PythonSessions {

    /** Modules as an import names them. */
    private static final String NAMES = "[\\w.]+(?: as \\w+)?";

    /** A name with at least one attribute, subscript or call after it: {@code plugins['x'].plugins[0].name}. */
    private static final String EXPRESSION = "[A-Za-z_]\\w*(?:\\.\\w+|\\[[^\\]]*\\]|\\(.*\\))+";

    /** An operator and what it applies to, after an expression: {@code == M}, {@code + chr(0x30)}. */
    private static final String OPERATION = " *(?:[-+*/%|&^]|==|!=|<=?|>=?) *\\S.*";

    /**
     * A whole line of Python rather than of prose: an import, a definition, a loop or test with Python's shape, a
     * print, an assignment, an expression, a list or dict, a string with what follows one, or arithmetic. Each form
     * must fill the line, so that a wrapped sentence that happens to open with "import", "print" or "for", or a word
     * with "(s)" after it ("stakeholder(s) should"), is no code.
     */
    private static final Pattern CODE = Pattern.compile("(?:import " + NAMES + "(?:, *" + NAMES + ")*(?: *;.*)?"
            + "|from [\\w.]+ import [\\w*., ()]+"
            + "|def \\w+\\(.*\\):|class \\w+(?:\\(.*\\))?:|for [\\w, ()]+ in .+:"
            + "|(?:if|elif|while|with) .*(?:==|!=|[<>(]|\\w\\.\\w).*:|(?:try|else|finally):|except\\b.*:"
            + "|print(?: *\\(.*| +['\"\\w.\\[\\]]+(?:\\(.*|,.*|" + OPERATION + ")?)"
            + "|raise [A-Z]\\w*(?:\\(.*\\))?"
            + "|[A-Za-z_][\\w.]*(?:\\[[^\\]]*\\])* *(?:[-+*/%&|^]|\\*\\*|//|<<|>>)?= *[^=\\s].*"
            + "|" + EXPRESSION + "(?:" + OPERATION + ")?"
            + "|\\[.*\\]|\\{.*\\}"
            + "|[uUbBrR]{0,2}(?:'[^']*'|\"[^\"]*\")(?:\\.\\w+\\(.*\\)| *(?:[%+*,]|in |not in |==|!=).*)?"
            + "|\\d+(?:\\.\\d+)? *[-+*/%] *\\d.*)"
            + " *(?:#.*)?");

    private PythonSessions() {}

    /**
     * @param body the body the lines were split from
     * @return the lines, with those of a pasted session at the depth of the text around them
     */
    static List<BodyLine> unquoted(String body, List<BodyLine> lines) {
        CorrectedLines read = new CorrectedLines(lines);
        int previousDepth = 0;
        int i = 0;
        while (i < lines.size()) {
            BodyLine line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Optional<QuotePrefix> prompt = beforePrompt(body, line);
            if (prompt.isPresent() && prompt.get().depth() >= previousDepth) {
                int base = prompt.get().depth();
                int end = sessionEnd(body, lines, i, base);
                if (end > i) {
                    for (int j = i; j < end; j++) {
                        read.set(j, atDepth(body, lines.get(j), base));
                    }
                    previousDepth = base;
                    i = end;
                    continue;
                }
            }
            previousDepth = line.depth();
            i++;
        }
        return read.result();
    }

    /**
     * Where the session that starts at {@code start} ends: its prompts, each with the output right below it, until a
     * line at another depth or text after a blank line. A prompt followed by indented text is no session, since the
     * interpreter takes no indented code at its prompt: those are quoted lines of code. Nor is a run whose prompts
     * are not mostly code.
     *
     * @return one past the session's last line, or {@code start} when the lines are no session
     */
    private static int sessionEnd(String body, List<BodyLine> lines, int start, int base) {
        int end = start;
        int prompts = 0;
        int code = 0;
        boolean afterBlank = false;
        for (int j = start; j < lines.size(); j++) {
            BodyLine line = lines.get(j);
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            if (line.depth() == base && !afterBlank) {
                end = j + 1;
                continue;
            }
            if (line.depth() != base + 3) {
                break;
            }
            Optional<QuotePrefix> prompt = beforePrompt(body, line);
            if (prompt.isEmpty() || prompt.get().depth() != base) {
                return start;
            }
            prompts++;
            code += isCode(line.content()) ? 1 : 0;
            afterBlank = false;
            end = j + 1;
        }
        return 2 * code > prompts ? end : start;
    }

    private static Optional<QuotePrefix> beforePrompt(String body, BodyLine line) {
        return line.depth() >= 3
                ? QuotePrefix.beforePrompt(body, line.start(), contentEnd(body, line))
                : Optional.empty();
    }

    /**
     * The line as read at the depth given, its prompt part of its content. Output lines are at that depth already, and
     * blank lines keep whatever markers they have: they belong to the block above them.
     */
    private static BodyLine atDepth(String body, BodyLine line, int depth) {
        if (line.depth() == depth || line.isBlank()) {
            return line;
        }
        int contentStart = line.start() + beforePrompt(body, line).orElseThrow().length();
        return new BodyLine(line.start(), line.end(), depth, body.substring(contentStart, contentEnd(body, line)));
    }

    private static boolean isCode(String afterPrompt) {
        return CODE.matcher(afterPrompt.strip()).matches();
    }

    private static int contentEnd(String body, BodyLine line) {
        return line.end() > line.start() && body.charAt(line.end() - 1) == '\n' ? line.end() - 1 : line.end();
    }
}
