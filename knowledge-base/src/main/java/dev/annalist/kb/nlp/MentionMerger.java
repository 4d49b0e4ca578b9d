package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping mentions: the more trustworthy finder wins, then the longer span. Operation
 * names and dates first (so "Rzhev" inside "'Rzhev Offensive Operation'" is no place), then the
 * rule-built people and units, then the statistical model, then propagated names, then numbers.
 */
public final class MentionMerger {
    public List<Mention> merge(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(MentionMerger::rank)
                .thenComparing(Comparator.comparingInt((Mention m) -> m.span().length()).reversed())
                .thenComparing(Mention::span));
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : sorted) {
            if (candidate.type().isHelper()) {
                continue;
            }
            if (kept.stream().noneMatch(k -> k.sentence() == candidate.sentence() && k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        return kept;
    }

    private static int rank(Mention m) {
        return switch (m.type()) {
            case OPERATION, DATE, DISTANCE -> 0;
            case NUMBER, ORDINAL -> 4;
            // The model and the document's own names compete on length: "von Manstein" beats "Manstein".
            default -> m.finder().equals("rule") ? 1 : 2;
        };
    }
}
