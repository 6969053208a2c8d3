package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.agreement.AgreementFilter;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.shell.ui.AccessDeniedView;
import vn.gov.quangninh.cooperation.testsupport.SampleRecords;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * What each role may do, in one table: service calls and routes, for one user per role and a staff
 * member of another department (Sở Công Thương), who may record agreements and meetings but not
 * change the foreign-affairs department's commitments. Walked through the secured services and
 * through navigation; any mismatch fails.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessMatrixTest extends SpringBrowserlessTest {

    private static final String OTHER_STAFF = "staff-sct";
    private static final List<String> USERS = List.of("admin", "manager", "staff", OTHER_STAFF, "official");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    private static final Set<String> EDITORS = Set.of("admin", "manager", "staff", OTHER_STAFF);
    /** Editors of the department that owns the commitment, and those above departments. */
    private static final Set<String> OWN_DEPARTMENT = Set.of("admin", "manager", "staff");

    /** One permission: what is tried, and who may. */
    private record Permission(String name, Set<String> allowed, Consumer<AccessMatrixTest> attempt) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Permission> MATRIX = List.of(
            service(
                    "agreements.search",
                    EVERYONE,
                    t -> t.agreements.search(AgreementFilter.all(), PageRequest.of(0, 1))),
            service("agreements.update", EDITORS, t -> t.agreements.update(t.agreements.edit(t.anyAgreement()))),
            service("agreements.changes", EVERYONE, t -> t.agreements.changes(t.anyAgreement(), (key, p) -> key)),
            service(
                    "meetings.newDraft",
                    EDITORS,
                    t -> t.meetings.newDraft(vn.gov.quangninh.cooperation.meeting.MeetingSeries.SPRING_TALKS)),
            service("commitments.get", EVERYONE, t -> t.commitments.get(t.ownCommitment())),
            service("commitments.edit", OWN_DEPARTMENT, t -> t.commitments.edit(t.ownCommitment())),
            service("commitments.newUpdate", OWN_DEPARTMENT, t -> t.commitments.newUpdate(t.ownCommitment())),
            service("commitments.reviewQueue", Set.of("manager"), t -> t.commitments.reviewQueue()),
            service("userAccounts.list", Set.of("admin"), t -> t.userAccounts.list()),
            route("agreements", EVERYONE),
            route("agreements/new", EDITORS),
            route("meetings/new", EDITORS),
            route("commitments/{own}", EVERYONE),
            route("commitments/{own}/edit", OWN_DEPARTMENT),
            route("commitments/{own}/updates/new", OWN_DEPARTMENT),
            route("review", Set.of("manager")),
            route("admin/users", Set.of("admin")),
            route("admin/audit", Set.of("admin")));

    @Autowired
    AgreementService agreements;

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitmentService commitments;

    @Autowired
    UserAccountService userAccounts;

    @Autowired
    DepartmentService departments;

    @Autowired
    AccountService ownAccount;

    @Autowired
    SignedIn signedIn;

    private static Permission service(String name, Set<String> allowed, Consumer<AccessMatrixTest> call) {
        return new Permission(name, allowed, call);
    }

    private static Permission route(String route, Set<String> allowed) {
        return new Permission(
                "/" + route,
                allowed,
                t -> UI.getCurrent().navigate(route.replace("{own}", String.valueOf(t.ownCommitment()))));
    }

    static Stream<Arguments> userAndPermission() {
        return USERS.stream()
                .flatMap(user -> MATRIX.stream()
                        .map(permission -> Arguments.of(
                                user, permission, permission.allowed().contains(user))));
    }

    @BeforeEach
    void anotherDepartmentsStaff() {
        signedIn.as("admin");
        if (userAccounts.list().stream().noneMatch(row -> row.username().equals(OTHER_STAFF))) {
            var draft = new UserAccountDraft();
            draft.setUsername(OTHER_STAFF);
            draft.setFullName("Lê Thị Công Thương");
            draft.setDepartment(departments.list().stream()
                    .filter(option -> option.code().equals("SCT"))
                    .findFirst()
                    .orElseThrow());
            draft.setRoles(Set.of(AppRoles.STAFF));
            userAccounts.create(draft, "Vịnh Hạ Long xanh 2026!");
            // A new account must replace its first password before it may open anything else.
            signedIn.as(OTHER_STAFF);
            ownAccount.changeOwnPassword("Vịnh Hạ Long xanh 2026!", "Đảo Cô Tô mùa hè 2027!");
        }
        signedIn.out();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @ParameterizedTest(name = "{0} · {1}: {2}")
    @MethodSource("userAndPermission")
    void everyoneMayDoExactlyWhatTheMatrixSays(String username, Permission permission, boolean allowed) {
        signedIn.as(username);
        var failure = catchThrowable(() -> permission.attempt().accept(this));
        if (permission.name().startsWith("/")) {
            assertThat(failure).isNull();
            assertThat(getCurrentView() instanceof AccessDeniedView).isEqualTo(!allowed);
        } else if (allowed) {
            assertThat(failure).isNull();
        } else {
            assertThat(failure).isInstanceOf(AccessDeniedException.class);
        }
    }

    private long anyAgreement() {
        return agreements
                .search(AgreementFilter.all(), PageRequest.of(0, 1))
                .getFirst()
                .id();
    }

    private long ownCommitment() {
        return SampleRecords.commitment(commitments, SampleRecords.SUPPORTED_BY_STAFF);
    }
}
