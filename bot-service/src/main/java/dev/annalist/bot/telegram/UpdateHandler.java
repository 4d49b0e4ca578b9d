package dev.annalist.bot.telegram;

import dev.annalist.bot.chat.ChatResponse;
import dev.annalist.bot.chat.ChatService;
import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.conversation.Feedback;
import dev.annalist.bot.conversation.Turn;
import dev.annalist.bot.entities.EntityCards;
import dev.annalist.bot.timeline.Timeline;
import dev.annalist.bot.web.BadRequestException;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.store.SentenceRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What the bot does with one update: commands, questions, button presses. Pure logic over a
 * {@link TelegramSender}; it never throws for a strange update (a sticker, an edit, a callback without
 * its message), it answers briefly or ignores it, so polling never stops on one bad update.
 */
public class UpdateHandler {
    static final String CHANNEL = "telegram";
    /** The update kinds asked of Telegram: only those it answers (an edit would only be ignored, yet take a place in the queue). */
    static final List<String> UPDATE_KINDS = List.of("message", "callback_query");
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    static final String SORRY = "Something went wrong, please try again.";

    private final ChatService chat;
    private final ConversationStore conversations;
    private final EntityCards cards;
    private final Timeline timeline;
    private final KnowledgeBase knowledgeBase;
    private final TelegramSender sender;
    private final ChatRateLimiter rateLimiter;
    private final BotIdentity identity;
    private final MessageSplitter splitter = new MessageSplitter();
    private final SlowDownNotices slowDown = new SlowDownNotices(SlowDownNotices.AGAIN);

    private final Supplier<List<String>> examples;

    public UpdateHandler(ChatService chat, ConversationStore conversations, EntityCards cards, Timeline timeline,
                         KnowledgeBase knowledgeBase, TelegramSender sender, ChatRateLimiter rateLimiter, BotIdentity identity,
                         Supplier<List<String>> examples) {
        this.examples = examples;
        this.chat = chat;
        this.conversations = conversations;
        this.cards = cards;
        this.timeline = timeline;
        this.knowledgeBase = knowledgeBase;
        this.sender = sender;
        this.rateLimiter = rateLimiter;
        this.identity = identity;
    }

    /** The chat an update belongs to (for ordering and limits), or 0 when it has none. */
    static long chatOf(Update update) {
        if (update == null) {
            return 0;
        }
        if (update.getMessage() != null && update.getMessage().getChat() != null
                && update.getMessage().getChat().getId() != null) {
            return update.getMessage().getChat().getId();
        }
        CallbackQuery q = update.getCallbackQuery();
        if (q != null && q.getMessage() != null && q.getMessage().getChatId() != null) {
            return q.getMessage().getChatId();
        }
        return 0;
    }

    public void handle(Update update) {
        if (update == null) {
            return;
        }
        if (update.getMessage() != null) {
            try {
                onMessage(update.getMessage());
            } catch (RuntimeException e) {
                // The answerer, the index or the database failed: the user should hear so, not nothing.
                LOG.error("Telegram update {} failed", update.getUpdateId(), e);
                apologise(chatOf(update));
            }
        } else if (update.getCallbackQuery() != null) {
            onButton(update.getCallbackQuery());
        } else {
            // Edits, reactions, channel posts and kinds not yet invented: nothing to answer.
            LOG.debug("ignoring update {} of a kind the bot does not answer", update.getUpdateId());
        }
    }

    private void onMessage(Message message) {
        if (message.getChat() == null || message.getChat().getId() == null) {
            return;
        }
        long chatId = message.getChat().getId();
        boolean group = isGroup(message);
        if (!message.hasText() || message.getText().isBlank()) {
            if (!group) {
                sender.send(chatId, Reply.of("I read only text: please type your question."));
            }
            return;
        }
        String text = message.getText().strip();
        if (text.startsWith("/")) {
            onCommand(chatId, group, text);
        } else if (!group) {
            ask(chatId, text);
        } else if (identity.mentionedIn(text)) {
            ask(chatId, withoutMention(text));
        }
        // In groups anything else is people talking to each other: stay quiet.
    }

    private void onCommand(long chatId, boolean group, String text) {
        int space = indexOfWhitespace(text);
        String word = space < 0 ? text.substring(1) : text.substring(1, space);
        String argument = space < 0 ? "" : text.substring(space).strip();
        int at = word.indexOf('@');
        if (at >= 0) {
            String addressee = word.substring(at + 1);
            if (!addressee.equalsIgnoreCase(identity.username())) {
                return; // "/ask@another_bot": not for us
            }
            word = word.substring(0, at);
        }
        switch (word.toLowerCase(Locale.ROOT)) {
            case "start" -> send(chatId, ReplyFormatter.start(examples.get()));
            case "help" -> send(chatId, ReplyFormatter.help(examples.get()));
            case "ask" -> {
                if (argument.isEmpty()) {
                    send(chatId, Reply.of("Put the question after the command, e.g. <i>/ask "
                            + Html.escape(ReplyFormatter.example(examples.get())) + "</i>"));
                } else {
                    ask(chatId, argument);
                }
            }
            case "timeline" -> timeline(chatId, argument);
            case "who" -> who(chatId, argument);
            default -> {
                if (!group || at >= 0) {
                    send(chatId, Reply.of("I do not know that command. /help lists what I can do."));
                }
            }
        }
    }

    private void ask(long chatId, String question) {
        if (question.isBlank()) {
            send(chatId, Reply.of("Ask me a question, e.g. <i>" + Html.escape(ReplyFormatter.example(examples.get())) + "</i>"));
            return;
        }
        long wait = rateLimiter.secondsToWait(chatId);
        if (wait > 0) {
            // Told once until a question gets through again: a notice per message would be a flood of our own.
            if (slowDown.shouldTell(chatId)) {
                sender.sendOnce(chatId, Reply.of("You are asking faster than I can answer well. Please wait " + wait
                        + (wait == 1 ? " second" : " seconds") + " and ask again."));
            }
            return;
        }
        slowDown.recovered(chatId);
        sender.typing(chatId);
        try {
            ChatResponse response = chat.ask(question, "telegram:" + chatId, CHANNEL);
            send(chatId, ReplyFormatter.answer(response));
        } catch (BadRequestException e) {
            send(chatId, Reply.of(Html.escape(capitalised(e.getMessage()) + ".")));
        }
    }

    private void timeline(long chatId, String argument) {
        String[] bounds = argument.isEmpty() ? new String[0] : argument.split("\\s+");
        if (bounds.length > 2) {
            send(chatId, Reply.of("Use <i>/timeline</i>, <i>/timeline FROM</i> or <i>/timeline FROM TO</i>, with dates as "
                    + "<i>YYYY-MM-DD</i>."));
            return;
        }
        try {
            LocalDate from = bounds.length > 0 ? Timeline.date("from", bounds[0]) : null;
            LocalDate to = bounds.length > 1 ? Timeline.date("to", bounds[1]) : null;
            String range = from == null ? "" : to == null ? " from " + from : " from " + from + " to " + to;
            send(chatId, ReplyFormatter.timeline(timeline.between(from, to), range));
        } catch (BadRequestException e) {
            send(chatId, Reply.of(Html.escape(capitalised(e.getMessage()) + ".")));
        }
    }

    private void who(long chatId, String name) {
        if (name.isEmpty()) {
            send(chatId, Reply.of("Put the name of a person, formation or place after the command: <i>/who NAME</i>."));
            return;
        }
        cards.byName(name).ifPresentOrElse(card -> send(chatId, ReplyFormatter.card(card)),
                () -> send(chatId, Reply.of("The accounts name no one and nothing called " + Html.bold(name) + ".")));
    }

    private void onButton(CallbackQuery query) {
        String data = query.getData() == null ? "" : query.getData();
        Long chatId = query.getMessage() == null ? null : query.getMessage().getChatId();
        boolean answered = false;
        try {
            if (data.startsWith(ReplyFormatter.QUESTION) && chatId != null) {
                sender.answerCallback(query.getId(), null);
                answered = true;
                ask(chatId, data.substring(ReplyFormatter.QUESTION.length()));
            } else if (data.startsWith(ReplyFormatter.SOURCE) && chatId != null) {
                Optional<Turn> turn = conversations.turn(data.substring(ReplyFormatter.SOURCE.length()));
                sender.answerCallback(query.getId(), turn.isPresent() ? null : "That answer is no longer on record.");
                answered = true;
                turn.filter(t -> t.citedSentence() != null).ifPresent(t -> send(chatId, source(t)));
            } else if (data.startsWith(ReplyFormatter.UP) || data.startsWith(ReplyFormatter.DOWN)) {
                boolean up = data.startsWith(ReplyFormatter.UP);
                String messageId = data.substring((up ? ReplyFormatter.UP : ReplyFormatter.DOWN).length());
                boolean stored = conversations.rate(new Feedback(messageId, up ? Feedback.Rating.UP : Feedback.Rating.DOWN,
                        null, Instant.now()));
                sender.answerCallback(query.getId(), stored ? "Thank you for the feedback." : "That answer is no longer on record.");
                answered = true;
            } else {
                sender.answerCallback(query.getId(), null); // an old or foreign button: stop its spinner, nothing else
                answered = true;
            }
        } catch (RuntimeException e) {
            LOG.error("Telegram button {} failed", data, e);
            if (!answered) {
                sender.answerCallback(query.getId(), SORRY); // an unanswered button keeps spinning
            } else if (chatId != null) {
                apologise(chatId);
            }
        }
    }

    /** Tells the chat its update failed; a failure to say so is only logged. */
    private void apologise(long chatId) {
        if (chatId == 0) {
            return;
        }
        try {
            sender.send(chatId, Reply.of(SORRY));
        } catch (RuntimeException e) {
            LOG.warn("could not tell chat {} that its update failed: {}", chatId, e.toString());
        }
    }

    /** The cited sentence with where it stands: found again in the knowledge base by account and text. */
    private Reply source(Turn turn) {
        List<SentenceRecord> sentences = knowledgeBase.knowledge().sentences().stream()
                .filter(s -> s.source().equals(turn.citedSource())).toList();
        return sentences.stream().filter(s -> s.text().equals(turn.citedSentence())).findFirst()
                .map(s -> ReplyFormatter.source(s.text(), s.source(), s.index(), sentences.size(), s.span().start(), s.span().end()))
                .orElseGet(() -> ReplyFormatter.source(turn.citedSentence(), turn.citedSource(), -1, 0, -1, -1));
    }

    /** Splits long replies under Telegram's limit; the buttons go under the last part. */
    private void send(long chatId, Reply reply) {
        List<String> parts = splitter.split(reply.html());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            sender.send(chatId, new Reply(parts.get(i), last ? reply.buttons() : List.of()));
        }
    }

    private static boolean isGroup(Message message) {
        String type = message.getChat().getType();
        return "group".equals(type) || "supergroup".equals(type);
    }

    private String withoutMention(String text) {
        return text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(identity.username()) + "(?![A-Za-z0-9_])[,:]?", " ")
                .strip();
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "Something is wrong with that message"
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
