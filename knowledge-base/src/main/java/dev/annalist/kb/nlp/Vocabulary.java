package dev.annalist.kb.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A list of general-vocabulary phrases read from a resource: one phrase a line, '#' starts a comment. */
public record Vocabulary(List<String> phrases) {
    public static Vocabulary load(String resource) {
        try (var in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary missing: " + resource);
            }
            List<String> phrases = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(phrases::add);
            return new Vocabulary(List.copyOf(phrases));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read vocabulary " + resource, e);
        }
    }

    public Set<String> asSet() {
        return new TreeSet<>(phrases);
    }
}
