package io.github.architect.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The service graph as an inline SVG: services on a circle, one arrow per edge styled by its kind
 * (solid: declared and used, dashed grey: declared but unused, red: used but not declared).
 * No scripts, fonts or external references, so the page works offline and in CI artifact viewers.
 */
final class ServiceDiagramSvg {

    private static final int NODE_HEIGHT = 34;
    private static final double CHAR_WIDTH = 7.4;

    private ServiceDiagramSvg() {
    }

    static String render(ServiceGraph graph) {
        List<String> services = graph.services();
        if (services.isEmpty()) {
            return "<p class=\"empty\">The document declares no services.</p>";
        }
        int n = services.size();
        double widest = services.stream().mapToDouble(ServiceDiagramSvg::width).max().orElse(80);
        double radius = n == 1 ? 0 : Math.max(120, (n * (widest + 30)) / (2 * Math.PI));
        double width = 2 * radius + widest + 40;
        double height = 2 * radius + NODE_HEIGHT + 60;
        double cx = width / 2;
        double cy = height / 2;
        Map<String, double[]> centre = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            centre.put(services.get(i), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\""
                        + " height=\"%.0f\" role=\"img\" aria-label=\"Services and their dependencies\">%n",
                width, height, width, height));
        svg.append("<defs>\n");
        for (EdgeKind kind : EdgeKind.values()) {
            svg.append("<marker id=\"arrow-").append(cssName(kind))
                    .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
                            + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"head ")
                    .append(cssName(kind)).append("\"/></marker>\n");
        }
        svg.append("<marker id=\"arrow-event-flow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"head event-flow\"/>"
                + "</marker>\n");
        svg.append("</defs>\n");
        Set<List<String>> pairs = new HashSet<>();
        graph.edges().forEach(e -> pairs.add(List.of(e.from(), e.to())));
        for (ServiceGraph.Edge edge : graph.edges()) {
            double[] from = centre.get(edge.from());
            double[] to = centre.get(edge.to());
            boolean twoWay = pairs.contains(List.of(edge.to(), edge.from()));
            svg.append(line(edge, from, to, width(edge.from()), width(edge.to()), twoWay ? 6 : 0));
        }
        for (ServiceGraph.EventFlow flow : graph.events()) {
            double[] from = centre.get(flow.from());
            double[] to = centre.get(flow.to());
            if (from != null && to != null) {
                // offset to the other side of a dependency edge between the same pair, so both stay visible
                svg.append(eventLine(flow, from, to, width(flow.from()), width(flow.to()), -10));
            }
        }
        for (String service : services) {
            double[] c = centre.get(service);
            double w = width(service);
            svg.append("<g class=\"node\"><rect x=\"").append(OneDecimal.format(c[0] - w / 2))
                    .append("\" y=\"").append(OneDecimal.format(c[1] - NODE_HEIGHT / 2.0))
                    .append("\" width=\"").append(OneDecimal.format(w)).append("\" height=\"").append(NODE_HEIGHT)
                    .append("\" rx=\"6\"/><text x=\"").append(OneDecimal.format(c[0]))
                    .append("\" y=\"").append(OneDecimal.format(c[1] + 5)).append("\" text-anchor=\"middle\">")
                    .append(Html.escape(service)).append("</text></g>").append(System.lineSeparator());
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String line(ServiceGraph.Edge edge, double[] from, double[] to, double fromWidth,
                               double toWidth, double offset) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(Math.hypot(dx, dy), 1);
        // shift two-way pairs apart so both arrows stay visible
        double ox = -dy / length * offset;
        double oy = dx / length * offset;
        double[] start = boundary(from[0] + ox, from[1] + oy, dx, dy, fromWidth);
        double[] end = boundary(to[0] + ox, to[1] + oy, -dx, -dy, toWidth);
        String kind = cssName(edge.kind());
        return "<line class=\"edge " + kind + "\" x1=\"" + OneDecimal.format(start[0]) + "\" y1=\""
                + OneDecimal.format(start[1]) + "\" x2=\"" + OneDecimal.format(end[0]) + "\" y2=\""
                + OneDecimal.format(end[1]) + "\" marker-end=\"url(#arrow-" + kind + ")\"><title>"
                + Html.escape(edge.from() + " \u2192 " + edge.to() + ": " + edge.kind().label()) + "</title></line>"
                + System.lineSeparator();
    }

    private static String eventLine(ServiceGraph.EventFlow flow, double[] from, double[] to, double fromWidth,
                                    double toWidth, double offset) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(Math.hypot(dx, dy), 1);
        double ox = -dy / length * offset;
        double oy = dx / length * offset;
        double[] start = boundary(from[0] + ox, from[1] + oy, dx, dy, fromWidth);
        double[] end = boundary(to[0] + ox, to[1] + oy, -dx, -dy, toWidth);
        return String.format(Locale.ROOT,
                "<line class=\"edge event-flow\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        + " marker-end=\"url(#arrow-event-flow)\"><title>%s</title></line>%n",
                start[0], start[1], end[0], end[1],
                Html.escape(flow.from() + " \u2192 " + flow.to() + ": events " + String.join(", ", flow.topics())));
    }

    /** Where a ray from a node's centre in direction (dx, dy) leaves its rectangle. */
    private static double[] boundary(double x, double y, double dx, double dy, double nodeWidth) {
        double halfW = nodeWidth / 2 + 2;
        double halfH = NODE_HEIGHT / 2.0 + 2;
        double scaleX = dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx);
        double scaleY = dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy);
        double scale = Math.min(scaleX, scaleY);
        return new double[] {x + dx * scale, y + dy * scale};
    }

    private static double width(String service) {
        return Math.max(80, service.length() * CHAR_WIDTH + 24);
    }

    static String cssName(EdgeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
