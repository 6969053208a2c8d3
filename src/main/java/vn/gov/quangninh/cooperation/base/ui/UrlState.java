package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Filter state kept in the address bar, so that a copied link reproduces the view. Reads query
 * parameters and writes them back without a navigation (no new history entry per keystroke).
 */
public final class UrlState {

    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    private UrlState(Map<String, List<String>> parameters) {
        this.parameters.putAll(parameters);
    }

    public static UrlState of(Location location) {
        return new UrlState(location.getQueryParameters().getParameters());
    }

    public static UrlState empty() {
        return new UrlState(Map.of());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name))
                .flatMap(values -> values.stream().findFirst())
                .filter(value -> !value.isBlank());
    }

    public List<String> getAll(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** An enum constant by its name; anything else in the address bar is ignored. */
    public <E extends Enum<E>> Optional<E> getEnum(String name, Class<E> type) {
        return get(name).flatMap(value -> constant(type, value));
    }

    public <E extends Enum<E>> Set<E> getEnums(String name, Class<E> type) {
        return getAll(name).stream()
                .flatMap(value -> constant(type, value).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /** A four-digit year; anything else in the address bar is ignored. */
    public Optional<Integer> getYear(String name) {
        return get(name).filter(value -> value.matches("\\d{4}")).map(Integer::valueOf);
    }

    /** A record id; anything else in the address bar is ignored. */
    public Optional<Long> getLong(String name) {
        return get(name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /** A date as yyyy-MM-dd; anything else in the address bar is ignored. */
    public Optional<LocalDate> getDate(String name) {
        try {
            return get(name).map(LocalDate::parse);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst();
    }

    public UrlState set(String name, @Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            parameters.remove(name);
        } else {
            parameters.put(name, List.of(value.toString()));
        }
        return this;
    }

    public UrlState setAll(String name, List<String> values) {
        if (values.isEmpty()) {
            parameters.remove(name);
        } else {
            parameters.put(name, List.copyOf(values));
        }
        return this;
    }

    public QueryParameters toQueryParameters() {
        return new QueryParameters(parameters);
    }

    /** Replaces the address bar's query with this state. */
    public void replaceIn(UI ui, String path) {
        ui.getPage().getHistory().replaceState(null, new Location(path, toQueryParameters()));
    }
}
