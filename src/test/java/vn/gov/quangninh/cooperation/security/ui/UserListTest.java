package vn.gov.quangninh.cooperation.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.UserAccountDraft;
import vn.gov.quangninh.cooperation.security.UserAccountRow;
import vn.gov.quangninh.cooperation.security.UserAccountService;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The administrator's list of accounts: found by part of a name, counted, in Vietnamese order. */
@SpringBootTest
@ActiveProfiles("test")
class UserListTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserAccountService accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private Grid<UserAccountRow> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void threeAccounts() {
        signedIn.as("admin");
        create("em." + suffix, "Lê Văn Em");
        var duc = create("duc." + suffix, "Trần Đức");
        create("dung." + suffix, "Phạm Dũng");
        accounts.setEnabled(duc, false);
        navigate(UserAdminView.class);
        test($(TextField.class).first()).setValue(suffix);
        grid = $(Grid.class).first();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private long create(String username, String fullName) {
        var draft = new UserAccountDraft();
        draft.setUsername(username);
        draft.setFullName(fullName);
        draft.setRoles(Set.of(AppRoles.STAFF));
        return accounts.create(draft, "gió mùa đông bắc về Móng Cái");
    }

    private List<String> names() {
        return IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getRow(row).fullName())
                .toList();
    }

    @Test
    void foundAndCounted() {
        assertThat(names()).containsExactlyInAnyOrder("Lê Văn Em", "Trần Đức", "Phạm Dũng");
        assertThat($(Span.class).withText("3 tài khoản").exists()).isTrue();
    }

    /** By the given name, Đ after D: not by the family name, nor Đ after E as code points put it. */
    @Test
    void sortedByGivenNameInVietnameseOrder() {
        test(grid).sortByColumn(1, SortDirection.ASCENDING);
        assertThat(names()).containsExactly("Phạm Dũng", "Trần Đức", "Lê Văn Em");
        test(grid).sortByColumn(1, SortDirection.DESCENDING);
        assertThat(names()).containsExactly("Lê Văn Em", "Trần Đức", "Phạm Dũng");
    }

    @Test
    void aDisabledAccountSaysSoUnderItsUsername() {
        test(grid).sortByColumn(0, SortDirection.ASCENDING);
        List<BadgeLook.Label> badges = test(grid).getLitRendererPropertyValue(0, 0, "badges", List.class);
        assertThat(test(grid).getRow(0).username()).isEqualTo("duc." + suffix);
        assertThat(badges).extracting(BadgeLook.Label::text).containsExactly("Đã khóa", "Phải đổi mật khẩu");
    }
}
