package org.caucus.agreement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.caucus.ViewTest;
import org.caucus.agreement.AgreementRequest;
import org.caucus.agreement.AgreementService;
import org.caucus.project.ProjectService;
import org.caucus.shared.WorkWanted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study larger than the server has memory for is not measured: here the Demo's seven units, with the server told it
 * can measure six at most.
 */
@Transactional
@TestPropertySource(properties = "caucus.agreement.units-measured-at-most=6")
class StudyBeyondMemoryTest extends ViewTest {

    private static final String TOO_LARGE = "A study of 7 units is more than this server has memory to measure (6 at"
            + " most). Choose fewer messages, such as the lists, threads or days the coders both coded.";

    @Autowired
    SecondCoder secondCoder;

    @Autowired
    ProjectService projects;

    @Autowired
    AgreementService agreement;

    @Test
    void the_page_says_the_study_is_too_large_and_what_to_do_instead_without_measuring_it() {
        secondCoder.recodesTheDemo();
        UI.getCurrent().navigate("agreement");
        AgreementView sut = _get(AgreementView.class);

        sut.coders.setValue(Set.of("demo", "second"));

        assertThat(sut.summary.getText()).as("summary").isEqualTo(TOO_LARGE);
        assertThat(sut.overall.getParent().orElseThrow().isVisible())
                .as("tables shown")
                .isFalse();
        assertThat(sut.excel.isEnabled()).as("Excel enabled").isFalse();
    }

    @Test
    void the_service_refuses_to_measure_it_with_the_same_reason() {
        secondCoder.recodesTheDemo();

        assertThatThrownBy(() -> agreement.report(
                        projects.findDefault().orElseThrow(),
                        AgreementRequest.everyMessage(List.of("demo", "second")),
                        WorkWanted.ALWAYS))
                .as("a report of seven units")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(TOO_LARGE);
    }
}
