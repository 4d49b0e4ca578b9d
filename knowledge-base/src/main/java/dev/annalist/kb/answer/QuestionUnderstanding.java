package dev.annalist.kb.answer;

import java.util.Optional;

/** Analyses a question once and resolves it against the conversation's last turn. */
@FunctionalInterface
interface QuestionUnderstanding {
    Understood understand(String text, Optional<ConversationMemory.Turn> previous, AnswerContext ctx);

    /** The question analyser, then {@link FollowUps}, then {@link FollowUpRewriter} for the reader. */
    static QuestionUnderstanding standard() {
        return (text, previous, ctx) -> {
            QuestionAnalysis asked = ctx.analyzer.analyze(text);
            QuestionAnalysis resolved = FollowUps.resolve(asked, previous, ctx.entities);
            return new Understood(resolved, FollowUpRewriter.rewrite(asked, resolved, ctx));
        };
    }
}
