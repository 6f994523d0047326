package org.caucus.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.stream.IntStream;
import org.caucus.ViewTest;
import org.caucus.analysis.PositionMatrix;
import org.caucus.codebook.CodebookService;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ComparisonViewTest extends ViewTest {

    @Autowired
    CodebookService codebook;

    @Autowired
    ProjectService projects;

    @Test
    void demo_matrix_lists_each_speaker_of_the_worked_examples_with_their_stance() {
        UI.getCurrent().navigate("compare");

        @SuppressWarnings("unchecked")
        Grid<PositionMatrix.Row> sut = _get(Grid.class);
        var rows = IntStream.range(0, GridKt._size(sut))
                .mapToObj(i -> GridKt._get(sut, i))
                .toList();

        assertThat(rows)
                .as("participants in the matrix")
                .extracting(PositionMatrix.Row::label)
                .containsExactly("Jeremy Malcolm", "Joana Varon", "Michael Gurstein", "parminder");
        long interfacePosition = codebook
                .positions(projects.findDefault().orElseThrow().getId())
                .stream()
                .filter(position -> position.name().startsWith("1net acts as the interface"))
                .findFirst()
                .orElseThrow()
                .id();
        Div jeremyOnInterface = (Div) GridKt._getCellComponent(sut, 0, "position-" + interfacePosition);
        assertThat(jeremyOnInterface.getElement().getText()
                        + jeremyOnInterface
                                .getChildren()
                                .map(child -> child.getElement().getText())
                                .reduce("", String::concat))
                .as("Jeremy Malcolm on 1net as the interface")
                .isEqualTo("−1");
    }
}
