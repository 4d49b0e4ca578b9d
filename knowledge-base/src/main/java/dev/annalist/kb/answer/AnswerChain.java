package dev.annalist.kb.answer;

import dev.annalist.kb.reader.NeuralReader;
import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.retrieve.Retriever;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.ScoredSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The offline answerer as a chain of small stages: question understanding (analysis and follow-ups,
 * once), knowledge-base facts, retrieval, the trained reader over windows of the retrieved sentences,
 * answer shaping, and one abstention decision. Facts and the reader's span compete on confidence.
 * Built with {@link #builder}, so the evaluation can wire ablations (no facts, no shaping).
 */
public final class AnswerChain implements Answerer {
    /** The reader's confidence at and above which it answers on its own (see {@link Abstention}). */
    private static final double ANSWER_BAR = 0.5;
    private final KnowledgeSnapshot snapshot;
    private final Retriever retriever;
    private final ConversationMemory memory;
    private final QuestionUnderstanding understanding;
    private final FactAnswerer facts;
    private final Reading reading;
    private final SpanShaper shaper;
    private final Abstention abstention;
    private final double rulesFloor;
    private final ChatAnswers chat;
    private final int depth;
    private final boolean knownNames;
    private final Grounding grounding;
    private final ExtractiveAnswerer rules;
    private final RulesRefinement refinement;
    private final AnswerCache cache;

    private AnswerChain(Builder b) {
        this.snapshot = new KnowledgeSnapshot(b.knowledge);
        this.retriever = b.retriever;
        this.memory = b.memory;
        this.understanding = QuestionUnderstanding.standard();
        this.facts = b.facts ? new FactAnswerer() : null;
        this.reading = new Reading(b.reader, b.windows);
        this.shaper = b.shaping ? new SpanShaper() : null;
        this.abstention = b.abstention != null ? b.abstention : b.settings.abstention();
        this.rulesFloor = b.settings.rulesFloor();
        this.chat = b.chat ? new ChatAnswers() : null;
        this.depth = b.depth;
        this.knownNames = b.knownNames;
        this.grounding = new Grounding(b.grounding ? b.settings.ungroundedPenalty() : 0);
        this.rules = b.rules ? new ExtractiveAnswerer(b.knowledge, b.retriever, b.memory) : null;
        this.refinement = new RulesRefinement(b.rulesOnlyRefine, ANSWER_BAR);
        this.cache = b.cache;
    }

    public static Builder builder(Supplier<Knowledge> knowledge, Retriever retriever, NeuralReader reader) {
        return new Builder(knowledge, retriever, reader);
    }

    @Override
    public Answer answer(Question question) {
        String text = QuestionText.plain(question.text());
        if (text.isEmpty()) {
            return Answer.abstain("Please ask a question about the account.", List.of());
        }
        AnswerContext ctx = snapshot.current();
        Optional<ConversationMemory.Turn> previous = memory.last(question.sessionId());
        AnswerCache.Key key = new AnswerCache.Key(text, previous);
        Optional<AnswerCache.Entry> cached = cache.get(ctx, key);
        if (cached.isPresent()) {
            memory.remember(question.sessionId(), cached.get().turn());
            return cached.get().answer();
        }
        Understood u = understanding.understand(text, previous, ctx);
        Answer answer = answer(u, ctx);
        QuestionAnalysis q = u.analysis();
        List<String> named = answer.abstained() ? List.of()
                : answer.entities().stream().filter(id -> !q.entityIds().contains(id)).toList();
        ConversationMemory.Turn turn = new ConversationMemory.Turn(q, named);
        memory.remember(question.sessionId(), turn);
        cache.put(ctx, key, new AnswerCache.Entry(answer, turn));
        return answer;
    }

    private Answer answer(Understood u, AnswerContext ctx) {
        QuestionAnalysis q = u.analysis();
        if (knownNames && !q.unknownNames().isEmpty()) {
            return Answer.abstain(Abstentions.notFound(q) + " It never mentions " + q.unknownNames().get(0) + ".",
                    List.of());
        }
        if (chat != null) {
            Optional<Answer> chatted = chat.answer(q, ctx);
            if (chatted.isPresent()) {
                return chatted.get();
            }
        }
        Optional<Answer> fact = facts == null ? Optional.empty() : facts.answer(q, ctx);
        StringBuilder query = new StringBuilder(u.readerText());
        List<String> focus = ctx.focus(q);
        focus.forEach(id -> query.append(' ').append(ctx.name(id)));
        List<ScoredSentence> hits = retriever.retrieve(query.toString(), depth);
        List<ReadSpan> read = reading.read(u, hits, ctx);
        List<ReadSpan> spans = NeuralReader.bestPerWindow(grounding.weigh(read, focus, ctx));
        List<Citation> nearest = hits.isEmpty() ? List.of() : List.of(ctx.cite(hits.get(0).sentence()));
        if (spans.isEmpty()) {
            return fact.orElseGet(() -> Answer.abstain(Abstentions.notFound(q), nearest));
        }
        ReadSpan best = spans.get(0);
        double confidence = abstention.confidence(spans, q);
        if (fact.isPresent() && (agrees(fact.get(), best) || fact.get().confidence() >= confidence)) {
            return fact.get();
        }
        // The typed-candidate rules count as a second reader for typed questions (a name, a date, a count,
        // an ordinal, a list): where their answer stands in the sentence the reader's best span comes from,
        // the two agree on the evidence and the rules' typed answer is given, even somewhat below the reader's
        // own bar: down to the rules floor, chosen on held-out articles (agreement on a sentence the reader
        // barely prefers to "no answer" answered too many unanswerable questions there).
        // Not for free descriptions: there the rules cut clauses that were mostly wrong on held-out articles.
        // Unless a follow-up was rewritten for the reader, the rules would retrieve exactly these hits again.
        List<ScoredSentence> sameHits = u.readerText().equals(q.text()) ? hits : null;
        boolean askRules = rules != null && q.type() != AnswerType.DESCRIPTION && confidence >= rulesFloor;
        Answer ruled = askRules ? rules.answer(q, ctx, sameHits) : null;
        if (ruled != null && !ruled.abstained() && agrees(ruled, best)
                && refinement.mayReplace(ruled.text(), best.text(), confidence, q.list())) {
            return new Answer(ruled.text(), ruled.value(), Math.max(confidence, ruled.confidence()), false,
                    ruled.citations(), ruled.entities());
        }
        if (confidence < ANSWER_BAR) {
            return Answer.abstain(Abstentions.notFound(q), nearest);
        }
        Candidate c = shaper == null ? raw(best) : shaper.shape(q, best, ctx);
        List<String> entities = new ArrayList<>(c.entities());
        q.entityIds().stream().filter(id -> !entities.contains(id)).forEach(entities::add);
        return new Answer(c.text(), c.value(), confidence, false, List.of(ctx.cite(c.sentence())), entities);
    }

    /** The fact cites the sentence the reader found its span in. */
    private static boolean agrees(Answer fact, ReadSpan span) {
        return fact.citations().stream().anyMatch(c -> c.start() <= span.start() && span.end() <= c.end());
    }

    private static Candidate raw(ReadSpan span) {
        return new Candidate(span.text(), null, span.window().sentenceAt(span.start()), span.start(), span.end(), List.of());
    }

    /** How a chain is put together; every part but the knowledge, retriever and reader has a default. */
    public static final class Builder {
        private final Supplier<Knowledge> knowledge;
        private final Retriever retriever;
        private final NeuralReader reader;
        private ConversationMemory memory = new ConversationMemory(10_000);
        private ReaderSettings settings = ReaderSettings.bundled();
        private Abstention abstention;
        private boolean facts = true;
        private boolean shaping = true;
        private boolean chat = true;
        private boolean knownNames = true;
        private boolean rules = true;
        private boolean rulesOnlyRefine = true;
        private boolean grounding = true;
        private int depth = 5;
        private AnswerCache cache = AnswerCache.off();
        private int windows = 3;

        private Builder(Supplier<Knowledge> knowledge, Retriever retriever, NeuralReader reader) {
            this.knowledge = Objects.requireNonNull(knowledge);
            this.retriever = Objects.requireNonNull(retriever);
            this.reader = Objects.requireNonNull(reader);
        }

        public Builder memory(ConversationMemory memory) {
            this.memory = memory;
            return this;
        }

        /** The abstention threshold, scale and rules floor (defaults: those chosen on the validation articles). */
        public Builder settings(ReaderSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Decides abstention with this instead of the settings' decision (the evaluation records evidence so). */
        public Builder abstention(Abstention abstention) {
            this.abstention = Objects.requireNonNull(abstention);
            return this;
        }

        /** Answers from stated facts (who commanded, when liberated, part of) compete with the reader. */
        public Builder facts(boolean on) {
            this.facts = on;
            return this;
        }

        /** Widen the reader's span to whole mentions, ISO dates, km, lists. */
        public Builder shaping(boolean on) {
            this.shaping = on;
            return this;
        }

        /** "Who was X?", "What happened on ...?", "Tell me about ..." from the knowledge base. */
        public Builder chat(boolean on) {
            this.chat = on;
            return this;
        }

        /** Abstain at once when the question names something no account mentions. */
        public Builder knownNames(boolean on) {
            this.knownNames = on;
            return this;
        }

        /** The hand-written typed-candidate rules as a second reader, trusted where they agree with the reader. */
        public Builder rules(boolean on) {
            this.rules = on;
            return this;
        }

        /**
         * Where the reader is sure (confidence 0.5 or more), the rules' answer replaces its span only when
         * the two share a word or the question asks for a list; off, any rules' answer in the span's sentence does.
         */
        public Builder rulesOnlyRefine(boolean on) {
            this.rulesOnlyRefine = on;
            return this;
        }

        /** Answers repeated questions from this cache (off by default: the evaluation measures every answer). */
        public Builder cache(AnswerCache cache) {
            this.cache = Objects.requireNonNull(cache);
            return this;
        }

        /**
         * Weigh spans by whether their sentence speaks of what the question names (when it names anything),
         * by the settings' ungrounded penalty; off, every sentence counts alike.
         */
        public Builder grounding(boolean on) {
            this.grounding = on;
            return this;
        }

        /** Sentences retrieved. */
        public Builder depth(int depth) {
            this.depth = depth;
            return this;
        }

        /** Windows the reader reads, at most. */
        public Builder windows(int windows) {
            this.windows = windows;
            return this;
        }

        public AnswerChain build() {
            return new AnswerChain(this);
        }
    }
}
