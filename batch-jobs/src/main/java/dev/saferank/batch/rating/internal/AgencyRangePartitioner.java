package dev.saferank.batch.rating.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per agency-id range fixed by the first step ({@code after:upTo;…}): the same ranges on
 * every start and restart, whatever the grid size asked.
 */
class AgencyRangePartitioner implements Partitioner {

    static final String AFTER = "rating.after";
    static final String UP_TO = "rating.upTo";

    private final String ranges;

    AgencyRangePartitioner(String ranges) {
        this.ranges = ranges;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        String[] parts = ranges.split(";");
        for (int i = 0; i < parts.length; i++) {
            String[] bounds = parts[i].split(":");
            var context = new ExecutionContext();
            context.putLong(AFTER, Long.parseLong(bounds[0]));
            context.putLong(UP_TO, Long.parseLong(bounds[1]));
            out.put("range" + i, context);
        }
        return out;
    }
}
