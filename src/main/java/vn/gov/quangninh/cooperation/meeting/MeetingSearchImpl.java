package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.text.SearchText;

class MeetingSearchImpl implements MeetingSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<MeetingRow> search(MeetingFilter filter, Pageable page) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var meeting = query.from(Meeting.class);
        var minutes = meeting.join("minutes", JoinType.LEFT);
        var clauses = minutes.join("clauses", JoinType.LEFT);
        query.multiselect(
                meeting.get("id"),
                meeting.get("series"),
                meeting.get("sessionNumber"),
                meeting.get("title"),
                meeting.get("startDate"),
                meeting.get("endDate"),
                meeting.get("hostSide"),
                meeting.get("city"),
                meeting.get("format"),
                cb.greatest(minutes.<MinutesState>get("state")),
                cb.count(clauses));
        query.where(where(cb, meeting, filter));
        query.groupBy(
                meeting.get("id"),
                meeting.get("series"),
                meeting.get("sessionNumber"),
                meeting.get("title"),
                meeting.get("startDate"),
                meeting.get("endDate"),
                meeting.get("hostSide"),
                meeting.get("city"),
                meeting.get("format"));
        query.orderBy(order(cb, meeting, page.getSort()));
        return entityManager
                .createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList()
                .stream()
                .map(MeetingSearchImpl::toRow)
                .toList();
    }

    @Override
    public long count(MeetingFilter filter) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var meeting = query.from(Meeting.class);
        query.select(cb.count(meeting)).where(where(cb, meeting, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static MeetingRow toRow(Tuple row) {
        return new MeetingRow(
                row.get(0, Long.class),
                row.get(1, MeetingSeries.class),
                row.get(2, Integer.class),
                row.get(3, String.class),
                row.get(4, LocalDate.class),
                row.get(5, LocalDate.class),
                row.get(6, Side.class),
                row.get(7, String.class),
                row.get(8, MeetingFormat.class),
                row.get(9, MinutesState.class),
                row.get(10, Long.class));
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<Meeting> meeting, MeetingFilter filter) {
        var predicates = new ArrayList<Predicate>();
        if (!filter.series().isEmpty()) {
            predicates.add(meeting.get("series").in(filter.series()));
        }
        if (filter.year() != null) {
            predicates.add(cb.between(
                    meeting.get("startDate"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.hostSide() != null) {
            predicates.add(cb.equal(meeting.get("hostSide"), filter.hostSide()));
        }
        if (filter.text() != null && !SearchText.fold(filter.text()).isEmpty()) {
            predicates.add(cb.like(meeting.get("searchText"), SearchText.containsPattern(filter.text()), '\\'));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Meeting> meeting, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            Expression<?> property = switch (order.getProperty()) {
                case "startDate" -> meeting.get("startDate");
                case "series" -> meeting.get("series");
                case "sessionNumber" -> meeting.get("sessionNumber");
                case "city" -> meeting.get("city");
                default -> throw new IllegalArgumentException("Not sortable: " + order.getProperty());
            };
            orders.add(order.isAscending() ? cb.asc(property) : cb.desc(property));
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(meeting.get("startDate")));
        }
        orders.add(cb.desc(meeting.get("id")));
        return orders;
    }
}
