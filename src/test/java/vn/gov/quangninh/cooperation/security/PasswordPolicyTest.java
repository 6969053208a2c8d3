package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUnusualPhrase() {
        assertThatCode(() -> policy.check("password", "gió mùa đông bắc thổi qua Móng Cái", "staff"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("password", "Vịnh-Hạ-Long-7-kỳ-quan", "staff"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesShortPasswordsWithTheMinimumInTheMessage() {
        assertThatThrownBy(() -> policy.check("password", "Ab1!xyz", "staff"))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.getMessageKey()).isEqualTo("password.too-short");
                    assertThat(violation.getField()).isEqualTo("password");
                    assertThat(violation.getMessageParams()).containsExactly(12);
                });
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThatThrownBy(() -> policy.check("password", "Quảng Ninh ".repeat(12), "staff"))
                .hasMessage("password.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "123456789012", "iloveyou2026!", "aaaaaaaaaaaaaaa"})
    void refusesCommonAndPatternedPasswords(String common) {
        assertThatThrownBy(() -> policy.check("password", common, "staff")).hasMessage("password.too-weak");
    }

    @Test
    void refusesPasswordsBuiltOnTheUsersOwnName() {
        assertThatThrownBy(() -> policy.check(
                        "password", "nguyenvanduong#Secure77", "duong", "Nguyễn Văn Dương", "nguyenvanduong"))
                .hasMessage("password.personal");
    }
}
