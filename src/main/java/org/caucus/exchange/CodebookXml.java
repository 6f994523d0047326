package org.caucus.exchange;

import java.util.List;
import org.caucus.codebook.Issue;
import org.caucus.codebook.Position;
import org.caucus.coding.StanceQualifier;

/**
 * Writes a codebook as REFI-QDA codes, the same in a project and in a QDC codebook: each issue a
 * code that cannot be coded, each position a code under it, and under each position one code per
 * qualifier (supports, opposes, neutral), because REFI-QDA has no place for a coding's polarity.
 */
final class CodebookXml {

    private CodebookXml() {}

    static void writeCodes(QdaXmlWriter xml, List<Issue> issues, Guids guids) {
        xml.start("Codes");
        for (Issue issue : issues) {
            xml.start("Code", "guid", guids.issue(issue.getId()), "name", issue.getName(), "isCodable", "false");
            xml.text("Description", issue.getDescription());
            for (Position position : issue.getPositions()) {
                String colour = position.getColour();
                xml.start(
                        "Code",
                        "guid",
                        guids.position(position.getId()),
                        "name",
                        position.getName(),
                        "isCodable",
                        "true",
                        "color",
                        colour);
                xml.text("Description", position.getDescription());
                for (StanceQualifier qualifier : StanceQualifier.values()) {
                    xml.empty(
                            "Code",
                            "guid",
                            guids.qualifier(position.getId(), qualifier),
                            "name",
                            qualifier.label(),
                            "isCodable",
                            "true",
                            "color",
                            colour);
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }
}
