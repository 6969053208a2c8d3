package vn.gov.quangninh.cooperation.bench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.NodeFeature;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.catalina.Container;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where one session's heap goes, by component: what the class histograms cannot say. Walks every
 * object reachable from one HTTP session that is not also reachable from another (shared state
 * does not count) and charges each to the component whose state node or fields reached it first.
 * Sizes are estimated (12-byte headers, compressed references, 8-byte alignment), as the JVM lays
 * objects out by default on a heap under 32 GB.
 *
 * <p>{@code -Dbench.breakdown=true}; the bench profile opens java.base to it (HashMap's fields).
 * With {@code -Dbench.breakdown.features=true} a state node's share is split by its features (its
 * DOM event listeners, properties, attributes...).
 */
final class HeapBreakdown {

    private record Reached(Object object, String owner) {}

    private static final boolean BY_FEATURE = Boolean.getBoolean("bench.breakdown.features");

    private final Map<Class<?>, List<Field>> fields = new HashMap<>();
    private final Map<String, Map<String, long[]>> charges = new HashMap<>();

    private HeapBreakdown() {}

    static void print(ConfigurableApplicationContext app) {
        var sessions = vaadinSessions(app);
        if (sessions.size() < 2) {
            throw new IllegalStateException("Two sessions are needed, found " + sessions.size());
        }
        var breakdown = new HeapBreakdown();
        var shared = breakdown.walk(sessions.get(1), Set.of(), false);
        breakdown.walk(sessions.get(0), shared, true);
        breakdown.report();
    }

    private static List<Session> vaadinSessions(ConfigurableApplicationContext app) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
        var context = (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
        var sessions = new ArrayList<Session>();
        for (var session : context.getManager().findSessions()) {
            var attributes = Collections.list(session.getSession().getAttributeNames());
            if (attributes.stream()
                    .anyMatch(name -> session.getSession().getAttribute(name) instanceof VaadinSession)) {
                sessions.add(session);
            }
        }
        return sessions;
    }

    /** Everything reachable from {@code root} and not in {@code shared}; charged when asked. */
    private Set<Object> walk(Object root, Set<Object> shared, boolean charge) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var queue = new ArrayDeque<Reached>();
        seen.add(root);
        queue.add(new Reached(root, "HTTP session"));
        while (!queue.isEmpty()) {
            var reached = queue.poll();
            var object = reached.object();
            var owner = ownerOf(object, reached.owner());
            if (charge) {
                charge(owner, object);
            }
            for (var next : references(object)) {
                if (next != null && !stopsAt(next) && !shared.contains(next) && seen.add(next)) {
                    queue.add(new Reached(next, owner));
                }
            }
        }
        return seen;
    }

    /** The server, its classes and its other sessions are everybody's. */
    private static boolean stopsAt(Object object) {
        return object instanceof Class<?>
                || object instanceof ClassLoader
                || object instanceof Thread
                || object instanceof Manager
                || object instanceof Container;
    }

    private List<@Nullable Object> references(Object object) {
        var type = object.getClass();
        var found = new ArrayList<@Nullable Object>();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                for (int i = 0, n = Array.getLength(object); i < n; i++) {
                    found.add(Array.get(object, i));
                }
            }
            return found;
        }
        for (var field : referenceFields(type)) {
            try {
                found.add(field.get(object));
            } catch (IllegalAccessException notOpened) {
                // a module that does not open this package: the walk stops there
            }
        }
        return found;
    }

    private List<Field> referenceFields(Class<?> type) {
        return fields.computeIfAbsent(type, t -> {
            var list = new ArrayList<Field>();
            for (var c = t; c != null; c = c.getSuperclass()) {
                for (var field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())
                            && !field.getType().isPrimitive()
                            && field.trySetAccessible()) {
                        list.add(field);
                    }
                }
            }
            return list;
        });
    }

    /** A component, a component's state node, or a few named parts of Vaadin's own per UI state. */
    private static String ownerOf(Object object, String inherited) {
        if (object instanceof Component component) {
            return name(component);
        }
        if (object instanceof StateNode node && node.hasFeature(ElementData.class)) {
            var element = Element.get(node);
            for (var e = element; e != null; e = e.getParent()) {
                var component = e.getComponent();
                if (component.isPresent()) {
                    return "node of " + name(component.get()) + (e == element ? "" : " <" + element.getTag() + ">");
                }
            }
            return "node <" + element.getTag() + ">";
        }
        var name = object.getClass().getSimpleName();
        if (BY_FEATURE && object instanceof NodeFeature) {
            return inherited.replaceFirst(" / .*", "") + " / " + name;
        }
        return switch (name) {
            case "UIInternals", "StateTree", "ConstantPool", "KeyMapper", "VaadinSession", "SecurityContextImpl" ->
                inherited + " / " + name;
            default -> inherited;
        };
    }

    private static String name(Component component) {
        return component.getClass().getSimpleName()
                + component.getId().map(id -> "#" + id).orElse("");
    }

    private void charge(String owner, Object object) {
        var perClass = charges.computeIfAbsent(owner, o -> new HashMap<>())
                .computeIfAbsent(object.getClass().getName(), c -> new long[2]);
        perClass[0] += sizeOf(object);
        perClass[1]++;
    }

    private void report() {
        var totals = new HashMap<String, Long>();
        charges.forEach((owner, perClass) -> totals.put(
                owner, perClass.values().stream().mapToLong(c -> c[0]).sum()));
        System.out.printf(
                "%nOne session's own heap, by owner: %,d bytes%n",
                totals.values().stream().mapToLong(Long::longValue).sum());
        totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(Integer.getInteger("bench.breakdown.owners", 40))
                .forEach(owner -> {
                    System.out.printf("%8d B  %s%n", owner.getValue(), owner.getKey());
                    charges.get(owner.getKey()).entrySet().stream()
                            .sorted(Comparator.comparingLong((Map.Entry<String, long[]> c) -> c.getValue()[0])
                                    .reversed())
                            .limit(4)
                            .forEach(c -> System.out.printf(
                                    "%18d B %5d x %s%n", c.getValue()[0], c.getValue()[1], c.getKey()));
                });
    }

    private static long sizeOf(Object object) {
        var type = object.getClass();
        if (type.isArray()) {
            var component = type.getComponentType();
            return align(16 + (component.isPrimitive() ? bytes(component) : 4) * Array.getLength(object));
        }
        long size = 12;
        for (var c = type; c != null; c = c.getSuperclass()) {
            for (var field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    size += field.getType().isPrimitive() ? bytes(field.getType()) : 4;
                }
            }
        }
        return align(size);
    }

    private static long bytes(Class<?> primitive) {
        if (primitive == long.class || primitive == double.class) {
            return 8;
        }
        if (primitive == int.class || primitive == float.class) {
            return 4;
        }
        return primitive == short.class || primitive == char.class ? 2 : 1;
    }

    private static long align(long size) {
        return (size + 7) / 8 * 8;
    }
}
