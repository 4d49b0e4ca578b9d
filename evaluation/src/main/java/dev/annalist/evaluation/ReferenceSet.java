package dev.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference question-answer set: JSON Lines, one {@link ReferenceItem} a line. */
public record ReferenceSet(List<ReferenceItem> items) {
    public static final String BUNDLED = "/reference/kaluga-reference.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static ReferenceSet bundled() throws IOException {
        try (InputStream in = ReferenceSet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("reference set missing: " + BUNDLED);
            }
            return read(in);
        }
    }

    public static ReferenceSet read(InputStream in) throws IOException {
        List<ReferenceItem> items = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(MAPPER.readValue(line, ReferenceItem.class));
            } catch (IOException e) {
                throw new IOException("reference set line " + lineNumber + " is not a valid item: " + e.getMessage(), e);
            }
        }
        return new ReferenceSet(List.copyOf(items));
    }

    public long count(String category) {
        return items.stream().filter(i -> i.category().equals(category)).count();
    }
}
