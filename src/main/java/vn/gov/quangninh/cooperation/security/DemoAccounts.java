package vn.gov.quangninh.cooperation.security;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.SampleData;

/** The four demonstration accounts of the embedded default, one per role. Never in production. */
@Component
@ConditionalOnBooleanProperty("app.sample-data")
class DemoAccounts implements SampleData {

    static final String PASSWORD = "QuangNinh@2026";

    private record Demo(String username, String fullName, String role, String departmentCode) {}

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Trần Quốc Bảo", AppRoles.ADMIN, "SNGV"),
            new Demo("manager", "Nguyễn Thị Thu Hà", AppRoles.MANAGER, "SNGV"),
            new Demo("staff", "Nguyễn Văn Dương", AppRoles.STAFF, "SNGV"),
            new Demo("official", "Phạm Minh Quang", AppRoles.OFFICIAL, "VP-UBND"));

    private final UserAccountRepository accounts;
    private final DepartmentService departments;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(
            UserAccountRepository accounts,
            DepartmentService departments,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public long existingRows() {
        return accounts.count();
    }

    @Override
    public String load() {
        var hash = passwordEncoder.encode(PASSWORD);
        ACCOUNTS.forEach(demo -> {
            var account = new UserAccount(
                    demo.username(),
                    demo.fullName(),
                    hash,
                    List.of(demo.role()),
                    departments.requireByCode(demo.departmentCode()),
                    clock.instant());
            // A reserved domain (RFC 2606): the demo's deadline digests can never reach a real person.
            account.changeEmail(demo.username() + "@sngv.quangninh.example");
            accounts.save(account);
        });
        return "demo accounts "
                + String.join(", ", ACCOUNTS.stream().map(Demo::username).toList()) + " with the password " + PASSWORD;
    }
}
