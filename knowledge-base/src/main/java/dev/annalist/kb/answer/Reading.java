package dev.annalist.kb.answer;

import dev.annalist.kb.reader.NeuralReader;
import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.reader.WindowBuilder;
import dev.annalist.kb.store.ScoredSentence;
import java.util.List;

/** The reader over windows built around the retrieved sentences, the best first. */
final class Reading {
    private final NeuralReader reader;
    private final int maxWindows;

    Reading(NeuralReader reader, int maxWindows) {
        this.reader = reader;
        this.maxWindows = maxWindows;
    }

    List<ReadSpan> read(Understood u, List<ScoredSentence> hits, AnswerContext ctx) {
        WindowBuilder windows = new WindowBuilder(ctx::sentence, ctx.texts,
                s -> reader.tokens(s.id() + ':' + s.text().hashCode(), s.text()));
        return reader.read(u.readerText(), windows.build(hits, reader.windowBudget(u.readerText()), maxWindows));
    }
}
