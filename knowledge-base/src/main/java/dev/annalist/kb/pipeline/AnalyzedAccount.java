package dev.annalist.kb.pipeline;

import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.nlp.Sentence;
import dev.annalist.kb.quantity.Distance;
import dev.annalist.kb.time.DateMention;
import java.util.List;

/**
 * An account as the pipeline enriches it, stage by stage. {@code mentions} are the merged entity
 * mentions (people, units, places, operations, dates, distances, numbers); {@code ranks} the ranks
 * and titles before names; {@code dates} the resolved dates; {@code distances} the distances in km.
 */
public record AnalyzedAccount(SourceDocument document, List<Sentence> sentences, List<Mention> mentions,
                              List<Mention> ranks, List<DateMention> dates, List<Distance> distances) {
    public AnalyzedAccount {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        ranks = List.copyOf(ranks);
        dates = List.copyOf(dates);
        distances = List.copyOf(distances);
    }

    public static AnalyzedAccount of(SourceDocument document) {
        return new AnalyzedAccount(document, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String source() {
        return document.source();
    }

    public AnalyzedAccount withSentences(List<Sentence> newSentences) {
        return new AnalyzedAccount(document, newSentences, mentions, ranks, dates, distances);
    }

    public AnalyzedAccount withMentions(List<Mention> newMentions, List<Mention> newRanks) {
        return new AnalyzedAccount(document, sentences, newMentions, newRanks, dates, distances);
    }

    public AnalyzedAccount withDates(List<DateMention> newDates) {
        return new AnalyzedAccount(document, sentences, mentions, ranks, newDates, distances);
    }

    public AnalyzedAccount withDistances(List<Distance> newDistances) {
        return new AnalyzedAccount(document, sentences, mentions, ranks, dates, newDistances);
    }

    /** Mentions grouped by sentence index, in one pass (callers walk sentences, not all mentions per sentence). */
    public List<List<Mention>> mentionsBySentence() {
        List<List<Mention>> out = new java.util.ArrayList<>();
        sentences.forEach(s -> out.add(new java.util.ArrayList<>()));
        mentions.forEach(m -> out.get(m.sentence()).add(m));
        return out;
    }

    /** Dates grouped by the sentence that holds them. */
    public List<List<DateMention>> datesBySentence() {
        return bySentence(dates, DateMention::span);
    }

    /** Distances grouped by the sentence that holds them. */
    public List<List<Distance>> distancesBySentence() {
        return bySentence(distances, Distance::span);
    }

    private <T> List<List<T>> bySentence(List<T> items, java.util.function.Function<T, dev.annalist.kb.nlp.Span> span) {
        List<List<T>> out = new java.util.ArrayList<>();
        sentences.forEach(s -> out.add(new java.util.ArrayList<>()));
        for (T item : items) {
            int sentence = sentenceAt(span.apply(item).start());
            if (sentence >= 0) {
                out.get(sentence).add(item);
            }
        }
        return out;
    }

    /** The sentence holding a character offset, or -1. */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.span().start()) {
                high = mid - 1;
            } else if (offset >= s.span().end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
