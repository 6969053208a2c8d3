package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;
import vn.gov.quangninh.cooperation.base.text.SearchText;

class AgreementSearchImpl implements AgreementSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<AgreementRow> search(AgreementFilter filter, Set<Long> counterpartIds, LocalDate today, Pageable page) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var agreement = query.from(Agreement.class);
        var department = agreement.join("leadDepartment", JoinType.LEFT);
        query.multiselect(
                agreement.get("id"),
                agreement.get("referenceCode"),
                agreement.get("titleVi"),
                agreement.get("titleZh"),
                agreement.get("signingDate"),
                agreement.get("expiryDate"),
                agreement.get("indefinite"),
                agreement.get("status"),
                department.get("nameVi"),
                department.get("nameEn"));
        query.where(where(cb, query, agreement, filter, counterpartIds, today));
        query.orderBy(order(cb, agreement, department, page.getSort()));
        return entityManager
                .createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList()
                .stream()
                .map(row -> toRow(row, today))
                .toList();
    }

    @Override
    public long count(AgreementFilter filter, Set<Long> counterpartIds, LocalDate today) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var agreement = query.from(Agreement.class);
        query.select(cb.count(agreement));
        query.where(where(cb, query, agreement, filter, counterpartIds, today));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static AgreementRow toRow(Tuple row, LocalDate today) {
        var expiry = row.get(5, LocalDate.class);
        var status = row.get(7, AgreementStatus.class);
        var departmentVi = row.get(8, String.class);
        return new AgreementRow(
                row.get(0, Long.class),
                row.get(1, String.class),
                row.get(2, String.class),
                row.get(3, String.class),
                List.of(),
                row.get(4, LocalDate.class),
                expiry,
                row.get(6, Boolean.class),
                Agreement.isLapsed(status, expiry, today) ? AgreementStatus.EXPIRED : status,
                departmentVi == null ? null : new LocalizedName(departmentVi, row.get(9, String.class)));
    }

    private static Predicate[] where(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Agreement> agreement,
            AgreementFilter filter,
            Set<Long> counterpartIds,
            LocalDate today) {
        var predicates = new ArrayList<Predicate>();
        if (filter.text() != null && !SearchText.fold(filter.text()).isEmpty()) {
            predicates.add(cb.like(agreement.get("searchText"), SearchText.containsPattern(filter.text()), '\\'));
        }
        if (!counterpartIds.isEmpty()) {
            var sub = query.subquery(Long.class);
            var other = sub.from(Agreement.class);
            sub.select(other.get("id"))
                    .where(
                            cb.equal(other, agreement),
                            other.join("counterparts").get("id").in(counterpartIds));
            predicates.add(cb.exists(sub));
        }
        if (filter.field() != null) {
            var sub = query.subquery(Long.class);
            var other = sub.from(Agreement.class);
            sub.select(other.get("id"))
                    .where(cb.equal(other, agreement), cb.equal(other.join("fields"), filter.field()));
            predicates.add(cb.exists(sub));
        }
        if (!filter.statuses().isEmpty()) {
            predicates.add(cb.or(filter.statuses().stream()
                    .map(status -> hasStatus(cb, agreement, status, today))
                    .toArray(Predicate[]::new)));
        }
        if (filter.signedFromYear() != null) {
            predicates.add(
                    cb.greaterThanOrEqualTo(agreement.get("signingDate"), LocalDate.of(filter.signedFromYear(), 1, 1)));
        }
        if (filter.signedToYear() != null) {
            predicates.add(
                    cb.lessThanOrEqualTo(agreement.get("signingDate"), LocalDate.of(filter.signedToYear(), 12, 31)));
        }
        if (filter.expiringSoon()) {
            predicates.add(applying(agreement));
            predicates.add(
                    cb.between(agreement.get("expiryDate"), today, today.plusDays(AgreementFilter.EXPIRING_DAYS)));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** The status users see: applying agreements past their expiry date count as expired. */
    private static Predicate hasStatus(
            CriteriaBuilder cb, Root<Agreement> agreement, AgreementStatus status, LocalDate today) {
        Path<LocalDate> expiry = agreement.get("expiryDate");
        var lapsed = cb.and(applying(agreement), cb.lessThan(expiry, today));
        if (status == AgreementStatus.EXPIRED) {
            return cb.or(cb.equal(agreement.get("status"), status), lapsed);
        }
        var stored = cb.equal(agreement.get("status"), status);
        return status.isApplying()
                ? cb.and(stored, cb.or(cb.isNull(expiry), cb.greaterThanOrEqualTo(expiry, today)))
                : stored;
    }

    private static Predicate applying(Root<Agreement> agreement) {
        return agreement.get("status").in(AgreementStatus.APPLYING);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Agreement> agreement, Path<?> department, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            Expression<?> property = switch (order.getProperty()) {
                case "referenceCode" -> agreement.get("referenceCode");
                case "title" -> agreement.get("titleSortKey");
                case "signingDate" -> agreement.get("signingDate");
                case "expiryDate" -> agreement.get("expiryDate");
                case "status" -> agreement.get("status");
                case "leadDepartment" -> department.get("code");
                default -> throw new IllegalArgumentException("Not sortable: " + order.getProperty());
            };
            orders.add(order.isAscending() ? cb.asc(property) : cb.desc(property));
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(agreement.get("signingDate")));
        }
        orders.add(cb.desc(agreement.get("id")));
        return orders;
    }
}
