package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangninh.cooperation.commitment.CommitmentFlag.DUE_SOON;
import static vn.gov.quangninh.cooperation.commitment.CommitmentFlag.LAPSED;
import static vn.gov.quangninh.cooperation.commitment.CommitmentFlag.ON_TRACK;
import static vn.gov.quangninh.cooperation.commitment.CommitmentFlag.OVERDUE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The flag rules at each boundary: 31, 30 and 29 days before the due date, the day itself, +89, +90, +91. */
class FlagsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    static Stream<Arguments> daysAroundTheDueDate() {
        return Stream.of(
                Arguments.of(-31, EnumSet.of(ON_TRACK)),
                Arguments.of(-30, EnumSet.of(DUE_SOON)),
                Arguments.of(-29, EnumSet.of(DUE_SOON)),
                Arguments.of(0, EnumSet.of(DUE_SOON)),
                Arguments.of(1, EnumSet.of(OVERDUE)),
                Arguments.of(89, EnumSet.of(OVERDUE)),
                Arguments.of(90, EnumSet.of(OVERDUE, LAPSED)),
                Arguments.of(91, EnumSet.of(OVERDUE, LAPSED)));
    }

    @ParameterizedTest(name = "{0} days from the due date: {1}")
    @MethodSource("daysAroundTheDueDate")
    void flagsFollowTheDueDate(int days, Set<CommitmentFlag> expected) {
        assertThat(Flags.of(Closure.OPEN, CompletionLevel.LIMITED, DUE, false, DUE.plusDays(days)))
                .isEqualTo(expected);
    }

    @Test
    void aCompleteOrClosedCommitmentHasNoWarnings() {
        var late = DUE.plusDays(200);
        assertThat(Flags.of(Closure.OPEN, CompletionLevel.COMPLETE, DUE, false, late))
                .isEmpty();
        assertThat(Flags.of(Closure.CANCELLED, CompletionLevel.LIMITED, DUE, false, late))
                .isEmpty();
        assertThat(Flags.of(Closure.SUPERSEDED, CompletionLevel.NO_EVIDENCE, DUE, true, late))
                .isEmpty();
    }

    @Test
    void waitingForTheCounterpartIsAWarningOfItsOwn() {
        assertThat(Flags.of(Closure.OPEN, CompletionLevel.SUBSTANTIAL, DUE, true, DUE.minusDays(60)))
                .containsExactly(CommitmentFlag.AWAITING_COUNTERPART);
        assertThat(Flags.of(Closure.OPEN, CompletionLevel.SUBSTANTIAL, DUE, true, DUE.plusDays(1)))
                .containsExactlyInAnyOrder(OVERDUE, CommitmentFlag.AWAITING_COUNTERPART);
    }

    @Test
    void anOngoingTaskWithoutDueDateIsOnTrack() {
        assertThat(Flags.of(Closure.OPEN, CompletionLevel.NO_EVIDENCE, null, false, DUE))
                .containsExactly(ON_TRACK);
    }
}
