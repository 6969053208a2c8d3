package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG: no chart library, nothing to license. Only numbers and fixed
 * class names go into the drawing; the one text, the accessible label, is escaped.
 */
final class Charts {

    /** One coloured part of a chart; the colour comes from the class in the stylesheet. */
    record Part(long value, String cssClass) {}

    /** A ring's radius that makes its circumference 100, so dash lengths are percentages. */
    private static final double RING_RADIUS = 100 / (2 * Math.PI);

    private Charts() {}

    /** A ring divided in proportion to the parts, the total written in its middle. */
    static Svg ring(List<Part> parts, String centre, String label) {
        long total = parts.stream().mapToLong(Part::value).sum();
        var svg = new StringBuilder(open("0 0 42 42", label));
        svg.append(circle("ring-track", 100, 0));
        double start = 0;
        for (var part : parts) {
            if (part.value() == 0) {
                continue;
            }
            double length = 100.0 * part.value() / total;
            svg.append(circle(part.cssClass(), length, start));
            start += length;
        }
        svg.append(
                        "<text x=\"21\" y=\"21\" class=\"ring-centre\" text-anchor=\"middle\" dominant-baseline=\"central\">")
                .append(escape(centre))
                .append("</text></svg>");
        var chart = new Svg(svg.toString());
        chart.addClassName("ring-chart");
        return chart;
    }

    /** A bar whose parts are laid end to end; its full width stands for {@code max}. */
    static Svg bar(List<Part> parts, long max, String label) {
        var svg = new StringBuilder(open("0 0 100 6", label).replace("<svg ", "<svg preserveAspectRatio=\"none\" "));
        svg.append("<rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"100\" height=\"6\"/>");
        double x = 0;
        for (var part : parts) {
            if (part.value() == 0 || max == 0) {
                continue;
            }
            double width = 100.0 * part.value() / max;
            svg.append("<rect class=\"%s\" x=\"%s\" y=\"0\" width=\"%s\" height=\"6\"/>"
                    .formatted(part.cssClass(), number(x), number(width)));
            x += width;
        }
        var chart = new Svg(svg.append("</svg>").toString());
        chart.addClassName("bar-chart");
        return chart;
    }

    private static String open(String viewBox, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%s\" role=\"img\" aria-label=\"%s\">"
                .formatted(viewBox, escape(label));
    }

    private static String circle(String cssClass, double length, double start) {
        return ("<circle class=\"%s\" cx=\"21\" cy=\"21\" r=\"%s\" fill=\"none\" stroke-width=\"6\""
                        + " stroke-dasharray=\"%s %s\" stroke-dashoffset=\"%s\"/>")
                .formatted(cssClass, number(RING_RADIUS), number(length), number(100 - length), number(25 - start));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
