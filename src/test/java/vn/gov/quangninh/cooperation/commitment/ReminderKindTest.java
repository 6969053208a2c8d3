package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which reminder a due date calls for on a day, at each boundary. */
class ReminderKindTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Stream<Arguments> dueDates() {
        return Stream.of(
                Arguments.of(31, Optional.empty()),
                Arguments.of(30, Optional.of(ReminderKind.DUE_IN_30)),
                Arguments.of(8, Optional.of(ReminderKind.DUE_IN_30)),
                Arguments.of(7, Optional.of(ReminderKind.DUE_IN_7)),
                Arguments.of(1, Optional.of(ReminderKind.DUE_IN_7)),
                Arguments.of(0, Optional.of(ReminderKind.DUE_TODAY)),
                Arguments.of(-1, Optional.empty()),
                Arguments.of(-89, Optional.empty()),
                Arguments.of(-90, Optional.of(ReminderKind.LAPSED)),
                Arguments.of(-96, Optional.of(ReminderKind.LAPSED)),
                Arguments.of(-97, Optional.empty()));
    }

    @ParameterizedTest(name = "due in {0} days: {1}")
    @MethodSource("dueDates")
    void remindsAtEachMoment(int days, Optional<ReminderKind> expected) {
        assertThat(ReminderKind.of(TODAY.plusDays(days), TODAY)).isEqualTo(expected);
        var due = TODAY.plusDays(days);
        if (expected.isPresent()) {
            assertThat(due).isBetween(ReminderKind.earliestDue(TODAY), ReminderKind.latestDue(TODAY));
        }
    }
}
