package org.caucus.demo;

import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.codebook.Position;
import org.caucus.project.Project;

/** The starter codebook drawn from the seed debate (PRODUCT.md), with the positions the examples use. */
record StarterCodebook(
        Position directLiaison,
        Position oneNetAsInterface,
        Position leaveOneNet,
        Position balancedRepresentation,
        Position peakStructure,
        Position noResources,
        Position governmentsTakePart) {

    static StarterCodebook create(CodebookService codebook, Project project) {
        Issue summit = codebook.addIssue(
                project,
                "Who speaks for civil society to the Brazil summit hosts?",
                "Whether civil society deals with the Brazilian government directly or through 1net.");
        Position directLiaison = codebook.addPosition(
                summit, "Civil society liaises directly with the host government", null, "#1f77b4", '1');
        Position oneNetAsInterface = codebook.addPosition(
                summit, "1net acts as the interface between civil society and the summit", null, "#ff7f0e", '2');

        Issue engagement = codebook.addIssue(project, "How should civil society engage with 1net?", null);
        Position leaveOneNet = codebook.addPosition(
                engagement, "Leave 1net to the private sector and technical community", null, "#2ca02c", '3');
        codebook.addPosition(engagement, "Wait and see", null, "#9467bd", '4');
        Position balancedRepresentation = codebook.addPosition(
                engagement,
                "Engage, and insist on balanced civil-society representation on its steering committee",
                null,
                "#8c564b",
                '5');

        Issue representation =
                codebook.addIssue(project, "How should civil society organise its representation?", null);
        Position peakStructure = codebook.addPosition(
                representation,
                "Form a civil-society peak structure that nominates representatives",
                null,
                "#e377c2",
                '6');
        Position noResources = codebook.addPosition(
                representation,
                "Civil society in its current form cannot be an effective stakeholder without resources",
                null,
                "#17becf",
                '7');

        Issue governments = codebook.addIssue(project, "What role should governments have in 1net?", null);
        Position governmentsTakePart =
                codebook.addPosition(governments, "Governments should take part in the dialogue", null, "#bcbd22", '8');

        return new StarterCodebook(
                directLiaison,
                oneNetAsInterface,
                leaveOneNet,
                balancedRepresentation,
                peakStructure,
                noResources,
                governmentsTakePart);
    }
}
