package org.caucus.agreement.ui;

import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRecord;
import org.caucus.coding.PassageRecords;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageRow;
import org.caucus.project.ProjectService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A second coder, "second", who codes the Demo's seven worked examples again, each as supporting:
 * they agree with the "demo" coder on all but Jeremy's opposition to 1net as the interface.
 */
@Component
class SecondCoder {

    private final ProjectService projects;
    private final CorpusService corpus;
    private final PassageRecords passages;
    private final CodingService coding;

    SecondCoder(ProjectService projects, CorpusService corpus, PassageRecords passages, CodingService coding) {
        this.projects = projects;
        this.corpus = corpus;
        this.passages = passages;
        this.coding = coding;
    }

    /** @return the id of the message the worked examples are in: the seed message */
    long recodesTheDemo() {
        long last = -1;
        for (MessageRow message : corpus.findMessages(projects.findDefault().orElseThrow(), Pageable.unpaged())) {
            for (PassageRecord passage : passages.inMessage(message.id())) {
                if (passage.coder().equals("demo")) {
                    last = message.id();
                    coding.codeAs(
                            "second",
                            new CodingRequest(
                                    message.id(),
                                    new PassageRange(passage.start(), passage.end(), passage.passage()),
                                    passage.positionId(),
                                    StanceQualifier.SUPPORTS,
                                    null));
                }
            }
        }
        return last;
    }
}
