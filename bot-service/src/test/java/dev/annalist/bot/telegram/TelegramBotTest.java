package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.conversation.Feedback;
import dev.annalist.bot.telegram.FakeBotApi.Call;
import dev.annalist.bot.telegram.FakeBotApi.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot end to end in long-polling mode: the real telegrambots client and session, pointed with
 * {@code bot.telegram.api-url} at {@link FakeBotApi} on loopback. Every test uses its own chat and
 * asserts on the calls the fake Bot API received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.index-dir=target/test-index",
        "bot.telegram.token=" + FakeBotApi.TOKEN,
        "bot.telegram.poll-timeout=1s",
        "bot.telegram.retry.initial=50ms",
        "bot.telegram.retry.max=1500ms", // a 429 asking for more than this is given up
        "bot.telegram.rate-limit.per-minute=1",
        "bot.telegram.rate-limit.burst=3"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramBotTest {
    static final FakeBotApi API = FakeBotApi.started();
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final RecordingPause PAUSES = new RecordingPause();

    /** The waits the bot asked for, when; each is cut to a few milliseconds so the tests do not wait them out. */
    static final class RecordingPause implements Pause {
        record Taken(Instant at, Duration duration) {}

        private final List<Taken> taken = new CopyOnWriteArrayList<>();

        @Override
        public void pause(Duration duration) throws InterruptedException {
            taken.add(new Taken(Instant.now(), duration));
            Thread.sleep(Math.min(duration.toMillis(), 20));
        }

        List<Duration> between(Instant from, Instant to) {
            return taken.stream().filter(t -> !t.at().isBefore(from) && !t.at().isAfter(to)).map(Taken::duration).toList();
        }

        List<Duration> all() {
            return taken.stream().map(Taken::duration).toList();
        }
    }

    @TestConfiguration
    static class RecordedWaits {
        @Bean
        @Primary
        Pause recordingPause() {
            return PAUSES;
        }
    }

    @Autowired
    ConversationStore conversations;

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("bot.telegram.api-url", API::url);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    /** Waits until the chat has received n messages and returns them. */
    static List<Call> awaitSent(long chat, int n) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> API.sent(chat).size() >= n);
        return API.sent(chat);
    }

    static List<String> buttonData(Call call) {
        List<String> data = new ArrayList<>();
        call.body().path("reply_markup").path("inline_keyboard")
                .forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        return data;
    }

    static List<String> buttonLabels(Call call) {
        List<String> labels = new ArrayList<>();
        call.body().path("reply_markup").path("inline_keyboard")
                .forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
        return labels;
    }

    static String messageId(Call answer) {
        return buttonData(answer).stream().filter(d -> d.startsWith("up:")).findFirst().orElseThrow().substring(3);
    }

    @Test
    void answersAPlainMessageWithItsCitationInHtmlAndButtons() {
        API.push(API.textMessage(101, "When was Kaluga liberated?"));
        Call answer = awaitSent(101, 1).get(0);
        assertThat(answer.chatId()).isEqualTo(101);
        assertThat(answer.text()).contains("<b>30 December</b>").contains("Kaluga was liberated on 30 December.");
        assertThat(answer.body().path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(buttonLabels(answer)).containsExactly("Source", "👍", "👎");
        assertThat(buttonData(answer)).allMatch(d -> d.matches("(src|up|down):[0-9a-f-]{36}"));
        assertThat(API.calls("sendchataction", c -> c.chatId() == 101))
                .anySatisfy(c -> assertThat(c.body().path("action").asText()).isEqualTo("typing"));
    }

    @Test
    void removesAnyWebhookBeforePollingAndKeepsTheUpdatesWaitingForIt() {
        await().atMost(PATIENCE).until(() -> !API.calls("getupdates").isEmpty());
        List<Call> deletes = API.calls("deletewebhook");
        assertThat(deletes).isNotEmpty();
        assertThat(deletes.get(0).body().path("drop_pending_updates").asBoolean(false)).isFalse();
        assertThat(deletes.get(0).at()).isBeforeOrEqualTo(API.calls("getupdates").get(0).at());
    }

    @Test
    void startGreetsWithExampleQuestionsThatAreAnsweredWhenPressed() {
        API.push(API.textMessage(102, "/start"));
        Call greeting = awaitSent(102, 1).get(0);
        assertThat(greeting.text()).startsWith("Hello!");
        assertThat(buttonData(greeting)).contains("q:When was Kaluga liberated?");

        API.push(API.buttonPress(102, "q:When was Kaluga liberated?"));
        assertThat(awaitSent(102, 2).get(1).text()).contains("30 December");

        API.push(API.textMessage(102, "/help"));
        assertThat(awaitSent(102, 3).get(2).text()).contains("/timeline").contains("/who").contains("/ask");
    }

    @Test
    void askCommandAnswersAndSaysSoWhenTheAccountDoesNot() {
        API.push(API.textMessage(103, "/ask When was Kaluga liberated?"));
        assertThat(awaitSent(103, 1).get(0).text()).contains("30 December");
        API.push(API.textMessage(103, "/ask Who commanded the Soviet 3rd Army?"));
        Call abstained = awaitSent(103, 2).get(1);
        assertThat(abstained.text()).startsWith("I could not find in the account who commanded the Soviet 3rd Army");
        assertThat(buttonLabels(abstained)).doesNotContain("Source");
    }

    @Test
    void followUpsResolveWithinTheChat() {
        // Both at once: the chat's updates are answered in order, so the follow-up sees the first turn.
        API.push(API.textMessage(104, "Which town did the 49th Army liberate on 17 December?"));
        API.push(API.textMessage(104, "When was it liberated?"));
        List<Call> answers = awaitSent(104, 2);
        assertThat(answers.get(0).text()).contains("Aleksin");
        assertThat(answers.get(1).text()).contains("17 December");
    }

    @Test
    void sourceButtonShowsTheSentenceAndThumbsUpIsStoredAsFeedback() {
        API.push(API.textMessage(106, "When was Kaluga liberated?"));
        String id = messageId(awaitSent(106, 1).get(0));

        API.push(API.buttonPress(106, "src:" + id));
        Call source = awaitSent(106, 2).get(1);
        assertThat(source.text()).contains("Kaluga was liberated on 30 December.")
                .contains("kaluga-offensive-operation.txt").contains("characters 3055–3091").containsPattern("Sentence \\d+ of \\d+");

        API.push(API.buttonPress(106, "up:" + id));
        await().atMost(PATIENCE).until(() -> conversations.feedback(id).isPresent());
        assertThat(conversations.feedback(id).orElseThrow().rating()).isEqualTo(Feedback.Rating.UP);
        await().atMost(PATIENCE).until(() -> API.calls("answercallbackquery").stream()
                .anyMatch(c -> c.body().path("text").asText().startsWith("Thank you")));
    }

    @Test
    void a429IsRetriedAfterRetryAfterAndTheAnswerArrivesOnce() {
        API.failNext("sendMessage", Fault.tooManyRequests(1));
        API.push(API.textMessage(107, "When was Kaluga liberated?"));
        Call delivered = awaitSent(107, 1).get(0);
        Call refused = API.calls("sendmessage", c -> c.chatId() == 107 && c.status() == 429).get(0);
        assertThat(PAUSES.between(refused.at(), delivered.at())).as("waited the retry_after Telegram asked for")
                .contains(Duration.ofSeconds(1));
        assertThat(delivered.text()).contains("30 December");

        // A later question is the marker: by its answer, a duplicate of the first would have arrived too.
        API.push(API.textMessage(107, "/ask Which town did the 49th Army liberate on 17 December?"));
        assertThat(awaitSent(107, 2)).hasSize(2);
        assertThat(API.sent(107).get(1).text()).contains("Aleksin");
    }

    @Test
    void a429AskingLongerThanRetryMaxIsGivenUpRatherThanHoldingAWorker() {
        API.failNext("sendMessage", Fault.tooManyRequests(30));
        API.push(API.textMessage(115, "When was Kaluga liberated?"));
        API.push(API.textMessage(115, "/ask Which town did the 49th Army liberate on 17 December?"));
        List<Call> sent = awaitSent(115, 1);
        assertThat(sent.get(0).text()).contains("Aleksin");
        List<Call> refused = API.calls("sendmessage", c -> c.chatId() == 115 && c.status() == 429);
        assertThat(refused).hasSize(1);
        assertThat(PAUSES.all()).as("gave the message up instead of waiting 30 s").doesNotContain(Duration.ofSeconds(30));
        assertThat(API.sent(115)).hasSize(1);
    }

    @Test
    void a429OnGetUpdatesWaitsItsRetryAfterBeforePollingAgain() {
        API.failNext("getUpdates", Fault.tooManyRequests(1));
        API.push(API.textMessage(114, "When was Kaluga liberated?"));
        assertThat(awaitSent(114, 1).get(0).text()).contains("30 December");
        await().atMost(PATIENCE).until(() -> {
            List<Integer> statuses = API.calls("getupdates").stream().map(Call::status).toList();
            return statuses.contains(429) && statuses.lastIndexOf(429) < statuses.size() - 1;
        });
        List<Call> polls = API.calls("getupdates");
        int refused = polls.stream().map(Call::status).toList().lastIndexOf(429);
        assertThat(PAUSES.between(polls.get(refused).at(), polls.get(refused + 1).at()))
                .as("waited the retry_after before polling again").contains(Duration.ofSeconds(1));
    }

    @Test
    void a5xxAndADroppedConnectionAreRetriedForSendsAndPolls() {
        API.failNext("sendMessage", Fault.badGateway());
        API.failNext("sendMessage", Fault.dropConnection());
        API.failNext("getUpdates", Fault.badGateway());
        API.failNext("getUpdates", Fault.dropConnection());
        API.push(API.textMessage(108, "When was Kaluga liberated?"));
        assertThat(awaitSent(108, 1).get(0).text()).contains("30 December");
        API.push(API.textMessage(108, "/help"));
        assertThat(awaitSent(108, 2)).hasSize(2);
        assertThat(API.calls("sendmessage", c -> c.chatId() == 108 && c.status() == 502)).hasSize(1);
    }

    @Test
    void htmlTelegramCannotParseIsSentAgainAsPlainText() {
        API.failNext("sendMessage", new Fault(400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities: unexpected end tag\"}"));
        API.push(API.textMessage(113, "When was Kaluga liberated?"));
        Call plain = awaitSent(113, 1).get(0);
        assertThat(plain.body().has("parse_mode")).isFalse();
        assertThat(plain.text()).startsWith("30 December").doesNotContain("<b>");
    }

    @Test
    void strangeUpdatesGetAShortReplyOrAreIgnoredAndPollingGoesOn() {
        ObjectNode sticker = API.message(109, "private", null);
        ((ObjectNode) sticker.get("message")).putObject("sticker").put("file_id", "st1").put("file_unique_id", "u1")
                .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        API.push(sticker);
        API.push(API.json("{}")); // an update with nothing in it
        ObjectNode edited = API.textMessage(109, "When was Tula liberated?");
        edited.set("edited_message", edited.remove("message"));
        API.push(edited);
        API.push(API.json("{\"some_future_update\": {\"x\": 1}}"));
        ObjectNode photo = API.message(-109, "group", null);
        ((ObjectNode) photo.get("message")).putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "pu1")
                .put("width", 90).put("height", 90);
        API.push(photo);
        API.push(API.buttonPress(109, "no-such-button"));
        // One the library cannot read (a message dated 0 reads as an inaccessible one): it must not stall polling.
        API.push(API.json("{\"message\": {\"message_id\": 1, \"date\": 0, \"chat\": {\"id\": 109, \"type\": \"private\"}, \"text\": \"hi\"}}"));
        API.push(API.json("{\"message\": \"not an object\"}"));
        API.push(API.textMessage(109, "When was Kaluga liberated?"));

        List<Call> sent = awaitSent(109, 2);
        assertThat(sent.get(0).text()).contains("I read only text");
        assertThat(sent.get(1).text()).contains("30 December");
        assertThat(API.sent(-109)).isEmpty();
    }

    @Test
    void offsetsConfirmUpdatesAndARedeliveryIsNotAnsweredTwice() {
        ObjectNode first = API.textMessage(110, "When was Kaluga liberated?");
        int id = API.push(first);
        awaitSent(110, 1);
        API.pushAgain(first); // as if Telegram had not seen the confirmation
        API.push(API.textMessage(110, "/ask Which town did the 49th Army liberate on 17 December?"));
        List<Call> sent = awaitSent(110, 2);
        assertThat(sent.get(1).text()).contains("Aleksin");
        assertThat(API.sent(110)).hasSize(2);
        List<Integer> offsets = API.offsets();
        for (int i = 1; i < offsets.size(); i++) {
            assertThat(offsets.get(i)).as("offsets never go back").isGreaterThanOrEqualTo(offsets.get(i - 1));
        }
        assertThat(offsets).contains(id + 1);
    }

    @Test
    void inGroupsItAnswersMentionsAndAskOnly() {
        long group = -200;
        API.push(API.message(group, "supergroup", "When was Kaluga liberated?"));
        API.push(API.message(group, "supergroup", "/ask@some_other_bot When was Kaluga liberated?"));
        API.push(API.message(group, "supergroup", "@" + FakeBotApi.USERNAME + " when was Kaluga liberated?"));
        Call mentioned = awaitSent(group, 1).get(0);
        assertThat(mentioned.text()).contains("30 December");
        API.push(API.message(group, "supergroup", "/ask@" + FakeBotApi.USERNAME + " Which town did the 49th Army liberate on 17 December?"));
        assertThat(awaitSent(group, 2).get(1).text()).contains("Aleksin");
        assertThat(API.sent(group)).hasSize(2);
    }

    @Test
    void aChatAskingTooFastIsToldToWaitOnce() {
        for (int i = 0; i < 6; i++) {
            API.push(API.textMessage(111, "When was Kaluga liberated?"));
        }
        API.push(API.textMessage(111, "/help")); // the marker: not rate-limited, answered after the six
        List<Call> sent = awaitSent(111, 5);
        assertThat(sent.subList(0, 3)).allSatisfy(c -> assertThat(c.text()).contains("30 December"));
        assertThat(sent.get(3).text()).contains("Please wait");
        assertThat(sent.get(4).text()).contains("/timeline");
        assertThat(API.sent(111)).hasSize(5);
    }

    @Test
    void timelineAndWhoShowEventsAndEntityCardsWithinTelegramsLimit() {
        API.push(API.textMessage(112, "/timeline 1941-12-25 1941-12-31"));
        assertThat(awaitSent(112, 1).get(0).text()).contains("Timeline from 1941-12-25 to 1941-12-31")
                .contains("Kaluga was liberated on 30 December.");
        API.push(API.textMessage(112, "/who Boldin"));
        Call card = awaitSent(112, 2).get(1);
        assertThat(card.text()).contains("Boldin").contains("(person)");
        API.push(API.textMessage(112, "/timeline 1941-13-01"));
        assertThat(awaitSent(112, 3).get(2).text()).contains("must be a date like 1941-12-20");
        API.push(API.textMessage(112, "/timeline"));
        API.push(API.textMessage(112, "/help"));
        await().atMost(PATIENCE).until(() -> API.sent(112).stream().anyMatch(c -> c.text().contains("/who <name>")
                || c.text().contains("/who &lt;name&gt;")));
        assertThat(API.sent(112)).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(4096));
        JsonNode last = API.sent(112).get(API.sent(112).size() - 1).body();
        assertThat(last.path("parse_mode").asText()).isEqualTo("HTML");
    }
}
