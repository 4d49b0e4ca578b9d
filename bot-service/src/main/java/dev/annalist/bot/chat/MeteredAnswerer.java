package dev.annalist.bot.chat;

import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.Question;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts answers (abstained or not) and times them, for /actuator/prometheus:
 * {@code annalist_answers_total{abstained=...}} and {@code annalist_answer_seconds}.
 */
public final class MeteredAnswerer implements Answerer {
    private final Answerer answerer;
    private final Timer latency;
    private final Counter answered;
    private final Counter abstained;

    public MeteredAnswerer(Answerer answerer, MeterRegistry registry) {
        this.answerer = answerer;
        this.latency = Timer.builder("annalist.answer").description("Time to answer one question")
                .publishPercentiles(0.5, 0.95).register(registry);
        this.answered = Counter.builder("annalist.answers").tag("abstained", "false").register(registry);
        this.abstained = Counter.builder("annalist.answers").tag("abstained", "true").register(registry);
    }

    @Override
    public Answer answer(Question question) {
        Answer answer = latency.record(() -> answerer.answer(question));
        (answer.abstained() ? abstained : answered).increment();
        return answer;
    }
}
