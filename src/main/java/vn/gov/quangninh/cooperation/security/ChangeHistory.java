package vn.gov.quangninh.cooperation.security;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.base.history.AuditedField;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/**
 * Reads the change history Hibernate Envers keeps: each revision of a record compared with the one
 * before, field by field. The features' services call it with the fields their pages show.
 */
@Component
@Transactional(readOnly = true)
public class ChangeHistory {

    private final EntityManager entityManager;

    ChangeHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The changes of one record. */
    public <E> List<ChangeRow> of(Class<E> type, long id, List<AuditedField<E>> fields, Translator translator) {
        return changes(type, AuditEntity.id().eq(id), entity -> "", fields, translator);
    }

    /**
     * The changes of all records of a kind that belong to a parent, e.g. the clauses of minutes,
     * each row labelled with the record it concerns ({@code subject}, e.g. "Clause 3").
     */
    public <E> List<ChangeRow> ofChildren(
            Class<E> type,
            String parentProperty,
            long parentId,
            Function<? super E, String> subject,
            List<AuditedField<E>> fields,
            Translator translator) {
        return changes(type, AuditEntity.relatedId(parentProperty).eq(parentId), subject, fields, translator);
    }

    private <E> List<ChangeRow> changes(
            Class<E> type,
            AuditCriterion which,
            Function<? super E, String> subject,
            List<AuditedField<E>> fields,
            Translator translator) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(which)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var rows = new ArrayList<ChangeRow>();
        var previous = new HashMap<Object, List<String>>();
        for (var revision : revisions) {
            var entity = type.cast(revision[0]);
            var info = (ChangeRevision) revision[1];
            var kind = (RevisionType) revision[2];
            var id = entityManager
                    .getEntityManagerFactory()
                    .getPersistenceUnitUtil()
                    .getIdentifier(entity);
            var values =
                    fields.stream().map(field -> field.read(entity, translator)).toList();
            var before = previous.put(id, values);
            if (kind != RevisionType.MOD || before == null) {
                var key = switch (kind) {
                    case ADD -> "history.created";
                    case DEL -> "history.deleted";
                    case MOD -> "history.first-recorded"; // changed first after history began
                };
                rows.add(new ChangeRow(
                        info.getId(),
                        info.getChangedAt(),
                        info.getUsername(),
                        label(subject.apply(entity), translator.translate(key)),
                        "",
                        ""));
                continue;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (!before.get(i).equals(values.get(i))) {
                    rows.add(new ChangeRow(
                            info.getId(),
                            info.getChangedAt(),
                            info.getUsername(),
                            label(
                                    subject.apply(entity),
                                    translator.translate(fields.get(i).labelKey())),
                            before.get(i),
                            values.get(i)));
                }
            }
        }
        return rows;
    }

    private static String label(String subject, String field) {
        return subject.isEmpty() ? field : subject + " · " + field;
    }

    /** Newest first, as a history reads. */
    public static List<ChangeRow> newestFirst(List<ChangeRow> rows) {
        return rows.stream()
                .sorted(Comparator.comparingLong(ChangeRow::revision).reversed())
                .toList();
    }
}
