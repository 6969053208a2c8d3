package vn.gov.quangninh.cooperation.security;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Languages;

/** The managed list of departments: everyone reads it, administrators keep it. */
@Service
@Transactional
public class DepartmentService {

    private final DepartmentRepository departments;
    private final ApplicationEventPublisher events;

    DepartmentService(DepartmentRepository departments, ApplicationEventPublisher events) {
        this.departments = departments;
        this.events = events;
    }

    /** All departments, retired ones included, in Vietnamese alphabetical order. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DepartmentOption> list() {
        var vietnamese = Collator.getInstance(Languages.VIETNAMESE);
        return departments.findAll().stream()
                .map(DepartmentOption::of)
                .sorted(Comparator.comparing(option -> option.name().vi(), vietnamese))
                .toList();
    }

    /** The departments offered for new records. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DepartmentOption> listActive() {
        return list().stream().filter(DepartmentOption::active).toList();
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    public DepartmentOption create(String code, String nameVi, String nameEn) {
        var normalizedCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (departments.existsByCode(normalizedCode)) {
            throw new RuleViolationException("code", "department.code-taken", normalizedCode);
        }
        return DepartmentOption.of(departments.save(new Department(normalizedCode, nameVi, nameEn)));
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    public DepartmentOption rename(long id, String nameVi, String nameEn) {
        var department = departments.findById(id).orElseThrow();
        department.rename(nameVi, nameEn);
        events.publishEvent(new DepartmentRenamed(id, department.getNameVi()));
        return DepartmentOption.of(department);
    }

    @PreAuthorize(AppRoles.HAS_ADMIN)
    public void setActive(long id, boolean active) {
        var department = departments.findById(id).orElseThrow();
        if (active) {
            department.reinstate();
        } else {
            department.retire();
        }
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public DepartmentOption option(long id) {
        return DepartmentOption.of(require(id));
    }

    /** The department itself, for features that record which department owns their records. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Department require(long id) {
        return departments
                .findById(id)
                .orElseThrow(() -> new RuleViolationException("department", "department.unknown"));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Department requireByCode(String code) {
        return departments.findByCode(code).orElseThrow(() -> new IllegalStateException("No department " + code));
    }
}
