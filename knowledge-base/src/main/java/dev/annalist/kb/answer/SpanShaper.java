package dev.annalist.kb.answer;

import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.store.TypedSpan;
import dev.annalist.kb.time.DateMention;
import java.util.List;

/**
 * Turns the reader's span into an answer the way a person would say it: the candidate of the
 * expected kind it overlaps (a whole list, a date with its ISO value, a distance in km), else the span
 * widened to the whole names and dates it cuts into, without stray punctuation at its ends.
 */
final class SpanShaper {
    private final CandidateFinder candidates = new CandidateFinder();

    Candidate shape(QuestionAnalysis q, ReadSpan span, AnswerContext ctx) {
        SentenceRecord s = span.window().sentenceAt(span.start());
        if (q.type() != AnswerType.DESCRIPTION) {
            Candidate best = null;
            int bestOverlap = 0;
            for (Candidate c : candidates.find(q, s, ctx)) {
                int overlap = Math.min(c.end(), span.end()) - Math.max(c.start(), span.start());
                if (overlap > bestOverlap && CandidateFit.ofKind(q, c)) {
                    bestOverlap = overlap;
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        int start = span.start();
        int end = span.end();
        for (TypedSpan t : s.spans()) {
            if (t.span().start() < end && start < t.span().end()) {
                start = Math.min(start, t.span().start());
                end = Math.max(end, t.span().end());
            }
        }
        for (DateMention d : s.dates()) {
            if (d.span().start() < end && start < d.span().end()) {
                start = Math.min(start, d.span().start());
                end = Math.max(end, d.span().end());
            }
        }
        String text = ctx.words(s.source(), start, end);
        int lead = 0;
        int trail = text.length();
        while (lead < trail && ",;:.)( \n\t\"".indexOf(text.charAt(lead)) >= 0) {
            lead++;
        }
        while (trail > lead && ",;:( \n\t\"".indexOf(text.charAt(trail - 1)) >= 0) {
            trail--;
        }
        int from = start + lead;
        int to = start + trail;
        String value = s.dates().stream().filter(d -> d.isResolved() && d.span().start() == from && d.span().end() == to)
                .map(DateMention::iso).findFirst().orElse(null);
        List<String> entities = s.spans().stream().filter(t -> t.entityId() != null
                && t.span().start() >= from && t.span().end() <= to).map(TypedSpan::entityId).distinct().toList();
        return new Candidate(text.substring(lead, trail).replaceAll("\\s+", " "), value, s, from, to, entities);
    }
}
