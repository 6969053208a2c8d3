package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rows a grid asks for, from any offset: the client's whole viewport in one query, where
 * Vaadin's paging would run one query per page it overlaps (four for a hundred rows, each reading
 * the filter's candidates again). A {@link Pageable} because the services page with one; only
 * {@link #getOffset()}, {@link #getPageSize()} and {@link #getSort()} are read by them.
 */
record RowRange(long offset, int size, Sort sort) implements Pageable {

    static RowRange of(Query<?, ?> query) {
        return new RowRange(query.getOffset(), query.getLimit(), VaadinSpringDataHelpers.toSpringDataSort(query));
    }

    @Override
    public int getPageNumber() {
        return size == 0 ? 0 : (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new RowRange(offset + size, size, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new RowRange(Math.max(0, offset - size), size, sort) : first();
    }

    @Override
    public Pageable first() {
        return new RowRange(0, size, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new RowRange((long) pageNumber * size, size, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
