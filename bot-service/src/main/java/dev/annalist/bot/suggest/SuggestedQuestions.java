package dev.annalist.bot.suggest;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.store.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Example questions for the widget and Telegram's /start, written from the loaded accounts' facts and
 * kept only when the answerer really answers them, so they work for any account. Worked out once per
 * knowledge-base version (an upload brings new ones).
 */
@Service
public class SuggestedQuestions {
    static final int MAX = 6;
    private static final double MIN_CONFIDENCE = 0.5;
    private static final int MAX_TRIED = 30;

    private final KnowledgeBase kb;
    private final Answerer answerer;
    private volatile Cached cached = new Cached(null, List.of());

    private record Cached(Knowledge knowledge, List<String> questions) {}

    public SuggestedQuestions(KnowledgeBase kb, Answerer answerer) {
        this.kb = kb;
        this.answerer = answerer;
    }

    /** Up to {@code max} questions the account answers, the most varied first. */
    public List<String> questions(int max) {
        Knowledge current = kb.knowledge();
        Cached c = cached;
        if (c.knowledge() != current) {
            c = new Cached(current, answerable(QuestionTemplates.candidates(current)));
            cached = c;
        }
        return c.questions().subList(0, Math.min(Math.max(0, max), c.questions().size()));
    }

    private List<String> answerable(List<String> candidates) {
        List<String> kept = new ArrayList<>();
        for (String question : candidates.subList(0, Math.min(MAX_TRIED, candidates.size()))) {
            // A session of its own, so trying a question never shapes anyone's follow-ups.
            Answer a = answerer.answer(new Question(question, "suggestions-" + UUID.randomUUID()));
            if (!a.abstained() && a.confidence() >= MIN_CONFIDENCE && !a.citations().isEmpty()) {
                kept.add(question);
                if (kept.size() == MAX) {
                    break;
                }
            }
        }
        return List.copyOf(kept);
    }
}
