package dev.annalist.kb.answer;

import dev.annalist.kb.store.Knowledge;
import java.util.function.Supplier;

/** The answer context of the knowledge that is current now, built once per snapshot (a re-index makes a new one). */
final class KnowledgeSnapshot {
    private final Supplier<Knowledge> knowledge;
    private volatile AnswerContext context;

    KnowledgeSnapshot(Supplier<Knowledge> knowledge) {
        this.knowledge = knowledge;
    }

    AnswerContext current() {
        Knowledge now = knowledge.get();
        AnswerContext ctx = context;
        if (ctx == null || ctx.knowledge != now) {
            ctx = new AnswerContext(now);
            context = ctx;
        }
        return ctx;
    }
}
