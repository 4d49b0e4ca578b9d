package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annalist.bot.chat.ChatService;
import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.conversation.Feedback;
import dev.annalist.bot.conversation.Turn;
import dev.annalist.bot.entities.EntityCards;
import dev.annalist.bot.timeline.Timeline;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Citation;
import dev.annalist.kb.answer.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The handler's decisions without a network: a recording sender and a scripted answerer. */
class UpdateHandlerTest {
    record Sent(long chatId, Reply reply) {}

    static final class RecordingSender implements TelegramSender {
        final List<Sent> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Long> typing = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Sent> once = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void send(long chatId, Reply reply) {
            sent.add(new Sent(chatId, reply));
        }

        @Override
        public void sendOnce(long chatId, Reply reply) {
            once.add(new Sent(chatId, reply));
            sent.add(new Sent(chatId, reply));
        }

        @Override
        public void typing(long chatId) {
            typing.add(chatId);
        }

        @Override
        public void answerCallback(String callbackQueryId, String notice) {
            notices.add(notice);
        }
    }

    static final class MemoryStore implements ConversationStore {
        final Map<String, Turn> turns = new ConcurrentHashMap<>();
        final Map<String, Feedback> feedback = new ConcurrentHashMap<>();
        volatile boolean broken;

        @Override
        public void record(Turn turn) {
            turns.put(turn.messageId(), turn);
        }

        @Override
        public Optional<Turn> turn(String messageId) {
            return Optional.ofNullable(turns.get(messageId));
        }

        @Override
        public List<Turn> turns(String sessionId) {
            return turns.values().stream().filter(t -> t.sessionId().equals(sessionId)).toList();
        }

        @Override
        public boolean rate(Feedback f) {
            if (broken) {
                throw new IllegalStateException("the database is gone");
            }
            if (!turns.containsKey(f.messageId())) {
                return false;
            }
            feedback.put(f.messageId(), f);
            return true;
        }

        @Override
        public Optional<Feedback> feedback(String messageId) {
            return Optional.ofNullable(feedback.get(messageId));
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final RecordingSender sender = new RecordingSender();
    private final MemoryStore store = new MemoryStore();
    private final List<Question> questions = new ArrayList<>();
    private Function<Question, Answer> answers = q -> new Answer("30 December", "1941-12-30", 0.9, false,
            List.of(new Citation("kaluga.txt", 40, "Kaluga was liberated on 30 December.", 3055, 3091)), List.of());

    private UpdateHandler handler(ChatRateLimiter limiter) {
        KnowledgeBase kb = mock(KnowledgeBase.class);
        ChatService chat = new ChatService(q -> {
            questions.add(q);
            return answers.apply(q);
        }, store);
        return new UpdateHandler(chat, store, new EntityCards(kb), new Timeline(kb), kb, sender, limiter,
                new BotIdentity("annalist_bot"), () -> List.of("When was Kaluga liberated?"));
    }

    private UpdateHandler handler() {
        return handler(new ChatRateLimiter(0, 1));
    }

    private Update message(long chat, String type, String text) throws Exception {
        return json.readValue("{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":" + chat
                + ",\"type\":\"" + type + "\"}" + (text == null ? ",\"sticker\":{\"file_id\":\"s\"}"
                : ",\"text\":" + json.writeValueAsString(text)) + "}}", Update.class);
    }

    @Test
    void answersAPrivateMessageInItsChatsSessionAfterShowingTyping() throws Exception {
        handler().handle(message(7, "private", "When was Kaluga liberated?"));
        assertThat(sender.typing).containsExactly(7L);
        assertThat(questions.get(0).sessionId()).isEqualTo("telegram|telegram:7"); // memory is keyed by channel and chat
        Reply reply = sender.sent.get(0).reply();
        assertThat(reply.html()).startsWith("<b>30 December</b>").contains("<blockquote>Kaluga was liberated on 30 December.</blockquote>");
        assertThat(reply.buttons().get(0)).extracting(Reply.Button::label).containsExactly("Source", "👍", "👎");
        assertThat(store.turns).hasSize(1);
    }

    @Test
    void inAGroupItAnswersOnlyMentionsAndItsOwnCommands() throws Exception {
        UpdateHandler h = handler();
        h.handle(message(-1, "supergroup", "When was Kaluga liberated?"));
        h.handle(message(-1, "supergroup", "/ask@other_bot When was Kaluga liberated?"));
        h.handle(message(-1, "group", "/frobnicate"));
        h.handle(message(-1, "group", null));
        h.handle(message(-1, "group", "ask @annalist_bot2 instead"));
        assertThat(sender.sent).isEmpty();
        h.handle(message(-1, "supergroup", "@Annalist_Bot, when was Kaluga liberated?"));
        h.handle(message(-1, "supergroup", "/ask@annalist_bot When was Kaluga liberated?"));
        assertThat(questions).extracting(Question::text).containsExactly("when was Kaluga liberated?", "When was Kaluga liberated?");
        assertThat(sender.sent).hasSize(2);
    }

    @Test
    void saysWhatItNeedsForEmptyQuestionsAndNonText() throws Exception {
        UpdateHandler h = handler();
        h.handle(message(8, "private", "/ask"));
        h.handle(message(8, "private", null));
        h.handle(message(8, "private", "/who"));
        h.handle(message(8, "private", "/nonsense"));
        assertThat(sender.sent).extracting(s -> s.reply().html()).satisfiesExactly(
                a -> assertThat(a).contains("Put the question after the command, e.g. <i>/ask When was Kaluga liberated?</i>"),
                b -> assertThat(b).contains("I read only text"),
                c -> assertThat(c).contains("Put the name of a person, formation or place after the command"),
                d -> assertThat(d).contains("/help"));
        assertThat(questions).isEmpty();
    }

    @Test
    void escapesWhatUsersAndAccountsWrite() throws Exception {
        answers = q -> Answer.abstain("The account does not say <who> & when.", List.of());
        handler().handle(message(9, "private", "<b>Who</b>?"));
        Reply reply = sender.sent.get(0).reply();
        assertThat(reply.html()).isEqualTo("The account does not say &lt;who&gt; &amp; when.");
        assertThat(reply.buttons().get(0)).extracting(Reply.Button::label).containsExactly("👍", "👎");
    }

    @Test
    void splitsALongAnswerAndPutsTheButtonsUnderTheLastPart() throws Exception {
        String sentence = "The 49th Army advanced along the road and took the villages one by one. ";
        answers = q -> new Answer(sentence.repeat(120).strip(), null, 0.5, false,
                List.of(new Citation("k.txt", 1, sentence.strip(), 0, 10)), List.of());
        handler().handle(message(10, "private", "What did the 49th Army do?"));
        assertThat(sender.sent).hasSizeGreaterThan(1);
        assertThat(sender.sent).allSatisfy(s -> assertThat(s.reply().html().length()).isLessThanOrEqualTo(4096));
        assertThat(sender.sent.subList(0, sender.sent.size() - 1)).allSatisfy(s -> assertThat(s.reply().buttons()).isEmpty());
        assertThat(sender.sent.get(sender.sent.size() - 1).reply().buttons()).isNotEmpty();
        assertThat(sender.sent.get(0).reply().html()).startsWith("<b>").endsWith("</b>");
    }

    @Test
    void aChatOverItsLimitIsAskedToWait() throws Exception {
        UpdateHandler h = handler(new ChatRateLimiter(1, 1));
        h.handle(message(11, "private", "When was Kaluga liberated?"));
        h.handle(message(11, "private", "When was Kaluga liberated?"));
        h.handle(message(11, "private", "When was Kaluga liberated?")); // told once, not again
        assertThat(questions).hasSize(1);
        assertThat(sender.sent).hasSize(2);
        assertThat(sender.sent.get(1).reply().html()).contains("Please wait");
        assertThat(sender.once).hasSize(1); // a notice is not worth retrying
    }

    @Test
    void aFailingAnswererIsReportedToTheUser() throws Exception {
        answers = q -> {
            throw new IllegalStateException("the index is gone");
        };
        handler().handle(message(12, "private", "When was Kaluga liberated?"));
        assertThat(sender.sent).extracting(s -> s.reply().html()).containsExactly(UpdateHandler.SORRY);
    }

    @Test
    void aButtonWhoseWorkFailsIsStillAnswered() throws Exception {
        store.broken = true;
        handler().handle(json.readValue("{\"update_id\":3,\"callback_query\":{\"id\":\"c2\",\"chat_instance\":\"x\","
                + "\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"A\"},\"data\":\"up:some-id\"}}", Update.class));
        assertThat(sender.notices).containsExactly(UpdateHandler.SORRY);
    }

    @Test
    void feedbackOnAnUnknownAnswerSaysSo() throws Exception {
        handler().handle(json.readValue("{\"update_id\":2,\"callback_query\":{\"id\":\"c1\",\"chat_instance\":\"x\","
                + "\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"A\"},\"data\":\"down:nope\"}}", Update.class));
        assertThat(sender.notices).containsExactly("That answer is no longer on record.");
        assertThat(sender.sent).isEmpty();
    }
}
