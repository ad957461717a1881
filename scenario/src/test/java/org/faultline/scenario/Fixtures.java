package org.faultline.scenario;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.scenario.yaml.MappingEntry;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.SequenceNode;
import org.faultline.scenario.yaml.YamlNode;

/** Access to the fixture files under src/test/resources, and a plain view of trees for comparisons. */
public final class Fixtures {

    private Fixtures() {}

    /** Returns the path of a fixture, such as "invalid/empty.yaml". */
    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Converts a tree to plain Java values: a mapping to a LinkedHashMap in key order, a sequence to a
     * list, a scalar to null, a Boolean, a Long, a Double or its text.
     */
    public static Object plain(YamlNode node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (MappingEntry entry : mapping.entries()) {
                values.put(entry.key(), plain(entry.value()));
            }
            return values;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(plain(item)));
            return items;
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.type()) {
            case NULL -> null;
            case BOOLEAN -> scalar.asBoolean().orElseThrow();
            case INTEGER -> scalar.asLong().isPresent() ? (Object) scalar.asLong().getAsLong() : scalar.text();
            case FLOAT -> scalar.asDouble().orElseThrow();
            case STRING -> scalar.text();
        };
    }
}
