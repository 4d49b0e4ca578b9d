package dev.annalist.evaluation;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Abstention;
import dev.annalist.kb.answer.AbstentionEvidence;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.AnswerChain;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.ExtractiveAnswerer;
import dev.annalist.kb.answer.QuestionAnalysis;
import dev.annalist.kb.answer.ReaderSettings;
import dev.annalist.kb.retrieve.Retriever;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The answerers a SQuAD run compares, by name: today's hand rules, the reader alone, the full chain
 * and always abstaining. In paragraph mode their retrieval is replaced by the question's paragraph.
 */
final class SquadWirings {
    static final String FULL = "full";
    static final String READER = "reader-only";
    static final String RULES = "rules";
    static final String ABSTAIN = "always-abstain";
    /** The reader with shaping but no facts, answering always: its margins feed {@link ThresholdSweep}. */
    static final String SWEEP = "sweep";
    static final List<String> ALL = List.of(FULL, READER, RULES, ABSTAIN);
    /**
     * Ablations appended to a chain wiring's name, any number of them ("full-ungrounded",
     * "full-no-rules-no-chat", "sweep-ungrounded"): the same chain with that part off.
     * "-ungrounded" answers from any sentence, not only those that speak of what the question names;
     * "-rules-replace" lets the rules' answer replace a span the reader is sure of anywhere in its sentence;
     * "-rules-unfloored" lets the rules answer wherever they agree with the reader (see {@link RulesFloorSweep});
     * "-2-windows" and "-4-windows" read that many windows of the retrieved sentences instead of three
     * (the reader's time grows with them; in paragraph mode they replace reading the whole paragraph);
     * "-depth-10" and "-depth-20" anchor windows on that many retrieved sentences instead of five (no gain
     * on the held-out training articles: evaluation/README.md).
     */
    static final Map<String, UnaryOperator<AnswerChain.Builder>> ABLATIONS = Map.ofEntries(
            Map.entry("-ungrounded", b -> b.grounding(false)),
            Map.entry("-no-facts", b -> b.facts(false)),
            Map.entry("-no-chat", b -> b.chat(false)),
            Map.entry("-no-rules", b -> b.rules(false)),
            Map.entry("-rules-replace", b -> b.rulesOnlyRefine(false)),
            Map.entry("-no-shaping", b -> b.shaping(false)),
            Map.entry("-no-known-names", b -> b.knownNames(false)),
            Map.entry("-rules-unfloored", b -> b.settings(ReaderSettings.bundled().withRulesFloor(0))),
            Map.entry("-2-windows", b -> b.windows(2)),
            Map.entry("-4-windows", b -> b.windows(4)),
            Map.entry("-depth-10", b -> b.depth(10)),
            Map.entry("-depth-20", b -> b.depth(20)));
    /** The sweep's settings: far below any margin, with a scale that keeps the confidence readable. */
    static final ReaderSettings SWEEP_SETTINGS = new ReaderSettings(-50, 10);
    /** Windows the reader reads of a given paragraph: all of it. */
    private static final int PARAGRAPH_WINDOWS = 8;

    private SquadWirings() {}

    static Answerer answerer(String name, SquadEvaluation.Mode mode, KnowledgeBase kb, Focus focus, EvidenceRecorder recorder) {
        boolean paragraph = mode == SquadEvaluation.Mode.PARAGRAPH;
        Retriever retriever = paragraph ? focus : kb.hybrid();
        String base = name;
        List<UnaryOperator<AnswerChain.Builder>> ablations = new ArrayList<>();
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (Map.Entry<String, UnaryOperator<AnswerChain.Builder>> a : ABLATIONS.entrySet()) {
                if (base.endsWith(a.getKey()) && base.length() > a.getKey().length()) {
                    base = base.substring(0, base.length() - a.getKey().length());
                    ablations.add(a.getValue());
                    stripped = true;
                }
            }
        }
        AnswerChain.Builder chain = chain(kb, retriever, paragraph);
        switch (base) {
            case FULL -> { }
            case READER -> chain.facts(false).shaping(false).chat(false).knownNames(false).rules(false);
            case SWEEP -> chain.facts(false).chat(false).rules(false).abstention(recorder);
            case RULES, ABSTAIN -> {
                if (!ablations.isEmpty()) {
                    throw new IllegalArgumentException("wiring '" + name + "': only a chain (" + FULL + ", " + READER
                            + ", " + SWEEP + ") takes ablations");
                }
                return base.equals(RULES) ? new ExtractiveAnswerer(kb::knowledge, retriever, new ConversationMemory(1))
                        : question -> Answer.abstain("", List.of());
            }
            default -> throw new IllegalArgumentException("unknown wiring '" + name + "' (known: " + ALL + ", " + SWEEP
                    + "; a chain's name followed by any of " + new TreeSet<>(ABLATIONS.keySet()) + " turns that part off)");
        }
        ablations.forEach(a -> a.apply(chain));
        if (!base.equals(SWEEP)) {
            chain.abstention(recorder.recording(ReaderSettings.bundled().abstention()));
        }
        return chain.build();
    }

    private static AnswerChain.Builder chain(KnowledgeBase kb, Retriever retriever, boolean paragraph) {
        AnswerChain.Builder b = AnswerChain.builder(kb::knowledge, retriever, KnowledgeBase.reader()).memory(new ConversationMemory(1));
        return paragraph ? b.depth(Integer.MAX_VALUE).windows(PARAGRAPH_WINDOWS) : b;
    }

    /**
     * Remembers each chain wiring's last abstention decision: the evidence it saw and the confidence the
     * bundled decision gave the reader's spans (before any rule or fact overrode it).
     * The sweep wiring decides by the margin rule at {@link #SWEEP_SETTINGS} (so it answers every question
     * and its confidence stands for the margin).
     */
    static final class EvidenceRecorder implements Abstention {
        /** What one decision saw: the evidence and the confidence it gave the reader's spans. */
        record Decision(double[] evidence, double readerConfidence) {}

        private final Abstention margin = SWEEP_SETTINGS.abstention();
        private Decision last;

        @Override
        public double confidence(List<ReadSpan> spans, QuestionAnalysis question) {
            double confidence = margin.confidence(spans, question);
            last = new Decision(AbstentionEvidence.of(spans, question).vector(), confidence);
            return confidence;
        }

        /** {@code decision}, recording the evidence it saw and the confidence it gives. */
        Abstention recording(Abstention decision) {
            return (spans, question) -> {
                double confidence = decision.confidence(spans, question);
                last = new Decision(AbstentionEvidence.of(spans, question).vector(), confidence);
                return confidence;
            };
        }

        /** The decision since the last call, or null when the chain decided none (a chat answer, no spans). */
        Decision take() {
            Decision out = last;
            last = null;
            return out;
        }
    }

    /** A retriever that returns the sentences of one paragraph, in order, whatever the query. */
    static final class Focus implements Retriever {
        private final KnowledgeBase kb;
        private List<ScoredSentence> sentences = List.of();

        Focus(KnowledgeBase kb) {
            this.kb = kb;
        }

        void paragraph(int start, int end) {
            List<ScoredSentence> out = new ArrayList<>();
            for (SentenceRecord s : kb.knowledge().sentences()) {
                if (s.span().start() >= start && s.span().end() <= end) {
                    out.add(new ScoredSentence(s, 1, out.size() + 1));
                }
            }
            sentences = out;
        }

        @Override
        public List<ScoredSentence> retrieve(String query, int k, dev.annalist.kb.store.SearchFilter filter) {
            return sentences.subList(0, Math.min(k, sentences.size()));
        }
    }
}
