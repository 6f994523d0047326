package org.caucus.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.caucus.codebook.CodebookService;
import org.caucus.project.Project;
import org.caucus.shared.Counted;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Element;

/**
 * A project's codebook as a REFI-QDA codebook (QDC), the file other tools exchange codebooks in:
 * written with the qualifiers as sub-codes like a QDPX project, and read by the same rule
 * ({@link CodeMapping}), adding what the project's codebook lacks.
 */
@Service
public class QdcCodebook {

    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private final CodebookService codebook;
    private final CodebookMerge merge;

    QdcCodebook(CodebookService codebook, CodebookMerge merge) {
        this.codebook = codebook;
        this.merge = merge;
    }

    /** What an import added to the codebook. */
    public record Outcome(int issuesAdded, int positionsAdded) {

        public String summary() {
            return Counted.of(issuesAdded, "issue") + " and " + Counted.of(positionsAdded, "position")
                    + " added to the codebook";
        }
    }

    /** Writes the codebook to {@code out}, which is left open. */
    @Transactional(readOnly = true)
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public void write(Project project, OutputStream out) {
        try (QdaXmlWriter xml = new QdaXmlWriter(out)) {
            xml.root("CodeBook", NAMESPACE, "origin", "Caucus");
            CodebookXml.writeCodes(xml, codebook.issues(project.getId()), Guids.of(project));
            xml.end();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the codebook of project " + project.getName(), e);
        }
    }

    /** @param fileName the file's name as the analyst knows it, for messages */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public Outcome importFile(Project project, String fileName, InputStream in) {
        Element root = QdaElements.root(in, fileName, "CodeBook", NAMESPACE);
        Element codes = QdaElements.child(root, "Codes")
                .orElseThrow(() -> new ExchangeException(fileName + ": the CodeBook has no Codes."));
        List<QdaCode> read = QdaElements.codes(codes, fileName);
        CodebookMerge.Merged merged = merge.merge(project, CodeMapping.of(read));
        return new Outcome(merged.issuesAdded(), merged.positionsAdded());
    }
}
