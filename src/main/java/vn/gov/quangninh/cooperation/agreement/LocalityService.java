package vn.gov.quangninh.cooperation.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.security.AppRoles;

/** The Chinese localities and agencies agreements are made with. */
@Service
@Transactional
public class LocalityService {

    private final CounterpartLocalityRepository localities;

    LocalityService(CounterpartLocalityRepository localities) {
        this.localities = localities;
    }

    /** All localities in Vietnamese alphabetical order of their Vietnamese names. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<LocalityOption> list() {
        return localities.findAllInOrder().stream().map(LocalityOption::of).toList();
    }

    /** A locality and every locality under it: Quảng Tây, Phòng Thành Cảng, Đông Hưng... */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<Long> withSubordinates(long id) {
        var all = list();
        var found = new HashSet<Long>(Set.of(id));
        boolean grew = true;
        while (grew) {
            grew = all.stream()
                    .filter(option -> option.parentId() != null && found.contains(option.parentId()))
                    .map(LocalityOption::id)
                    .map(found::add)
                    .reduce(false, Boolean::logicalOr);
        }
        return found;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public LocalityOption create(
            String nameZh,
            String nameVi,
            @Nullable String namePinyin,
            @Nullable String nameEn,
            LocalityLevel level,
            @Nullable Long parentId,
            boolean bordersQuangNinh) {
        if (localities.findByNameZh(nameZh.strip()).isPresent()) {
            throw new RuleViolationException("nameZh", "locality.exists", nameZh.strip());
        }
        var parent = parentId == null ? null : require(parentId);
        return LocalityOption.of(localities.save(
                new CounterpartLocality(nameZh, nameVi, namePinyin, nameEn, level, parent, bordersQuangNinh)));
    }

    CounterpartLocality require(long id) {
        return localities
                .findById(id)
                .orElseThrow(() -> new RuleViolationException("counterparts", "locality.unknown"));
    }
}
