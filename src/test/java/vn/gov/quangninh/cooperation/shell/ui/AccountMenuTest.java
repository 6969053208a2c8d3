package vn.gov.quangninh.cooperation.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountMenuTest {

    @ParameterizedTest
    @CsvSource({"Nguyễn Thị Thu Hà, TH", "Nguyễn Văn Dương, VD", "Đặng đức, ĐĐ", "'  Lê   Minh  ', LM", "admin, A"})
    void theAvatarShowsTheInitialsOfTheGivenName(String fullName, String initials) {
        assertThat(AccountMenu.initials(fullName)).isEqualTo(initials);
    }
}
