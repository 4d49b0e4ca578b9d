package dev.annalist.kb.answer;

import dev.annalist.kb.retrieve.Retriever;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline answerer: understands the question, answers from stated facts when it can, otherwise
 * retrieves sentences and picks the span of the expected type that sits best among the question's
 * words. It abstains, saying so, when the question names something the account lacks or no sentence
 * carries both the question's names and its meaning.
 */
public final class ExtractiveAnswerer implements Answerer {
    static final int DEPTH = 5;
    static final double MIN_SCORE = 0.5;
    private static final Pattern INVERTED = Pattern.compile("^(\\w+(?: \\w+)?) (was|were|is|are) (.+) (\\w+(?:ed|en))$");

    private final KnowledgeSnapshot snapshot;
    private final Retriever retriever;
    private final ConversationMemory memory;
    private final FactAnswerer facts = new FactAnswerer();
    private final CandidateFinder candidates = new CandidateFinder();

    public ExtractiveAnswerer(Supplier<Knowledge> knowledge, Retriever retriever, ConversationMemory memory) {
        this.snapshot = new KnowledgeSnapshot(knowledge);
        this.retriever = retriever;
        this.memory = memory;
    }

    @Override
    public Answer answer(Question question) {
        String text = question.text() == null ? "" : question.text().strip();
        if (text.isEmpty()) {
            return Answer.abstain("Please ask a question about the account.", List.of());
        }
        AnswerContext ctx = context();
        QuestionAnalysis q = FollowUps.resolve(ctx.analyzer.analyze(text), memory.last(question.sessionId()), ctx.entities);
        Answer answer = answer(q, ctx);
        // What the answer itself named, not the question's own entities it also lists.
        List<String> named = answer.abstained() ? List.of()
                : answer.entities().stream().filter(id -> !q.entityIds().contains(id)).toList();
        memory.remember(question.sessionId(), new ConversationMemory.Turn(q, named));
        return answer;
    }

    /** The question as understood, for diagnostics and the evaluation. */
    public QuestionAnalysis analyze(String text) {
        return context().analyzer.analyze(text);
    }

    /** The rules on a question already understood, in a given snapshot. */
    Answer answer(QuestionAnalysis q, AnswerContext ctx) {
        return answer(q, ctx, null);
    }

    /**
     * As {@link #answer(QuestionAnalysis, AnswerContext)}, over sentences already retrieved for this
     * question (the answer chain passes its own, so a question is retrieved once); {@code given} null:
     * the rules retrieve for themselves.
     */
    Answer answer(QuestionAnalysis q, AnswerContext ctx, List<ScoredSentence> given) {
        if (!q.unknownNames().isEmpty()) {
            return Answer.abstain("The account does not say " + restate(q.text()) + ": it never mentions "
                    + q.unknownNames().get(0) + ".", List.of());
        }
        var fact = facts.answer(q, ctx);
        if (fact.isPresent()) {
            return fact.get();
        }
        List<String> places = FactAnswerer.idsOfType(q, ctx, dev.annalist.kb.nlp.EntityType.LOCATION);
        if (q.type() == AnswerType.DATE && !places.isEmpty() && places.size() == q.entityIds().size()) {
            // When something happened to a place is a stated event or nothing: a date elsewhere in
            // the sentence belongs to another clause. A question that also names who acted there
            // ("when did the 4th Army fight at X") is matched against sentences naming both instead.
            return Answer.abstain("The account does not say " + restate(q.text()) + ".",
                    retriever.retrieve(q.text(), 1).stream().map(h -> ctx.cite(h.sentence())).toList());
        }
        return read(q, ctx, given);
    }

    private Answer read(QuestionAnalysis q, AnswerContext ctx, List<ScoredSentence> given) {
        StringBuilder query = new StringBuilder(q.text());
        // Names spelt as the knowledge base spells them; not a title's, which every sentence of its account is about.
        q.entityIds().stream().filter(id -> ctx.titleEntities.values().stream().noneMatch(t -> t.contains(id)))
                .forEach(id -> query.append(' ').append(ctx.name(id)));
        return ruled(q, ctx, given != null ? given : retriever.retrieve(query.toString(), DEPTH));
    }

    private Answer ruled(QuestionAnalysis q, AnswerContext ctx, List<ScoredSentence> hits) {
        Candidate best = null;
        double bestScore = 0;
        for (ScoredSentence hit : hits) {
            SentenceRecord s = hit.sentence();
            double sentenceScore = sentenceScore(q, s, hit.rank(), ctx);
            if (sentenceScore < 0) {
                continue;
            }
            List<Candidate> found = candidates.find(q, s, ctx).stream().filter(c -> CandidateFit.ofKind(q, c)).toList();
            for (int i = 0; i < found.size(); i++) {
                double score = sentenceScore + CandidateFit.score(q, found.get(i), i, ctx);
                if (score > bestScore) {
                    bestScore = score;
                    best = found.get(i);
                }
            }
        }
        List<Citation> nearest = hits.isEmpty() ? List.of() : List.of(ctx.cite(hits.get(0).sentence()));
        if (best == null || bestScore < MIN_SCORE) {
            return Answer.abstain("The account does not say " + restate(q.text()) + ".", nearest);
        }
        if (q.whWord().equals("where") && q.type() == AnswerType.PLACE) {
            best = WherePhrase.widen(best, ctx);
        }
        List<String> entities = new ArrayList<>(best.entities());
        q.entityIds().stream().filter(id -> !entities.contains(id)).forEach(entities::add);
        return new Answer(best.text(), best.value(), Math.min(1, bestScore), false, List.of(ctx.cite(best.sentence())),
                entities);
    }

    /**
     * How well a sentence matches: the share of the question's entities it names and of its content
     * words it repeats. Negative when it names none of the question's entities or misses most of its
     * words: such a sentence cannot answer it.
     */
    private static double sentenceScore(QuestionAnalysis q, SentenceRecord s, int rank, AnswerContext ctx) {
        double coverage = 1;
        if (!q.entityIds().isEmpty()) {
            long named = q.entityIds().stream().filter(id -> names(s, id, ctx)).count();
            if (named == 0) {
                return -1;
            }
            coverage = (double) named / q.entityIds().size();
        }
        double overlap = 1;
        String kind = q.kindNoun() == null ? null : Stems.of(q.kindNoun());
        Set<String> sentenceStems = Stems.ofText(s.text());
        // The kind asked for ("which town") counts when the sentence says it, and is no miss when it does not.
        // Nor is a count ("what 3 towns"): it describes the answer, the sentence need not say it.
        List<String> wanted = q.contentStems().stream()
                .filter(stem -> kind == null || !Stems.match(stem, kind) || sentenceStems.contains(stem))
                .filter(stem -> !stem.matches("\\d{1,2}")).toList();
        if (!wanted.isEmpty()) {
            long matched = wanted.stream()
                    .filter(qs -> sentenceStems.stream().anyMatch(ss -> Stems.match(qs, ss))).count();
            overlap = (double) matched / wanted.size();
            if (overlap < (coverage == 1 && !q.entityIds().isEmpty() ? 0.34 : 0.5)) {
                return -1;
            }
        }
        double dated = QuestionDates.matches(q.text(), s) ? 0 : -0.3;
        return 0.45 * coverage + 0.4 * overlap + 0.15 / rank + dated;
    }

    /**
     * The sentence names the entity, says its name inside a longer one ("Tula" in "Tula Workers'
     * Regiment"), carries it on from the sentence before, or belongs to an account whose title names it.
     */
    private static boolean names(SentenceRecord s, String entityId, AnswerContext ctx) {
        if (s.entityIds().contains(entityId) || ctx.continued.of(s).contains(entityId)
                || ctx.titleEntities.getOrDefault(s.source(), java.util.Set.of()).contains(entityId)) {
            return true; // an account is about what its title names
        }
        var entity = ctx.entities.get(entityId);
        return entity != null && s.spans().stream().anyMatch(t -> t.text().contains(entity.name()));
    }


    /** "When was Orel liberated?" -> "when Orel was liberated". */
    static String restate(String question) {
        String q = question.strip().replaceAll("[?.!]+$", "");
        q = q.isEmpty() ? q : Character.toLowerCase(q.charAt(0)) + q.substring(1);
        Matcher inverted = INVERTED.matcher(q);
        return inverted.matches() ? inverted.group(1) + " " + inverted.group(3) + " " + inverted.group(2) + " "
                + inverted.group(4) : q;
    }

    private AnswerContext context() {
        return snapshot.current();
    }
}
