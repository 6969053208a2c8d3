package vn.gov.quangninh.cooperation.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.UserAccountRow;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The account form: translated messages next to the fields for what the administrator got wrong. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void openCreateForm() {
        signedIn.as("admin");
        navigate(UserAdminView.class);
        test($(Button.class).id("create-account")).click();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private void fill(String username, String fullName, String password) {
        test($(TextField.class).id("username")).setValue(username);
        test($(TextField.class).id("fullName")).setValue(fullName);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class).first();
        roles.setValue(Set.of(AppRoles.STAFF));
        test($(PasswordField.class).id("password")).setValue(password);
        test($(PasswordField.class).id("passwordConfirmation")).setValue(password);
    }

    private void save() {
        test($(Button.class).id("save")).click();
    }

    @Test
    void emptyUsernameIsRequired() {
        save();
        var username = $(TextField.class).id("username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat($(TextField.class).id("fullName").getErrorMessage()).isEqualTo("Bắt buộc nhập");
    }

    @Test
    void duplicateUsernameIsRefused() {
        fill("Staff", "Người trùng tên", "gió mùa đông bắc về Móng Cái");
        save();
        var username = $(TextField.class).id("username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("staff").contains("đã có người dùng");
    }

    @Test
    void weakPasswordIsRefused() {
        fill("lan.tran", "Trần Thị Lan", "password1234");
        save();
        var password = $(PasswordField.class).id("password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Mật khẩu quá dễ đoán");
    }

    @Test
    void shortPasswordIsRefusedWithTheMinimum() {
        fill("lan.tran", "Trần Thị Lan", "Ha Long 1");
        save();
        assertThat($(PasswordField.class).id("password").getErrorMessage())
                .isEqualTo("Mật khẩu phải có ít nhất 12 ký tự");
    }

    @Test
    void validAccountIsCreatedWithATemporaryPassword() {
        fill("hoa.pham", "Phạm Thị Hoa", "gió mùa đông bắc về Móng Cái");
        save();
        @SuppressWarnings("unchecked")
        Grid<UserAccountRow> grid = $(Grid.class).first();
        var created = grid.getGenericDataView()
                .getItems()
                .filter(row -> row.username().equals("hoa.pham"))
                .findFirst()
                .orElseThrow();
        assertThat(created.fullName()).isEqualTo("Phạm Thị Hoa");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.roles()).containsExactly(AppRoles.STAFF);
    }
}
