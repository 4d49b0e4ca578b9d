package dev.annalist.bot.telegram;

import static dev.annalist.bot.telegram.Html.bold;
import static dev.annalist.bot.telegram.Html.escape;
import static dev.annalist.bot.telegram.Html.italic;

import dev.annalist.bot.chat.ChatResponse;
import dev.annalist.bot.entities.EntityCard;
import dev.annalist.bot.timeline.TimelineEntry;
import java.util.List;
import java.util.Locale;

/** Turns answers, entity cards and timelines into Telegram HTML; every text that is not ours is escaped here. */
public final class ReplyFormatter {
    /** Callback data prefixes; the rest is the answer's messageId or, for "q:", a question. */
    static final String SOURCE = "src:";
    static final String UP = "up:";
    static final String DOWN = "down:";
    static final String QUESTION = "q:";

    private ReplyFormatter() {}

    /** The greeting, with example questions (written from the accounts' facts) as buttons. */
    public static Reply start(List<String> examples) {
        String html = "Hello! I answer questions about the historical accounts I hold, quoting the sentence each "
                + "answer comes from.\n\nAsk in plain words" + (examples.isEmpty() ? "." : ", or try one of these:");
        return new Reply(html, examples.stream().map(q -> List.of(new Reply.Button(q, QUESTION + q))).toList());
    }

    /** An example question for hints: the first the accounts answer, or a placeholder. */
    static String example(List<String> examples) {
        return examples.isEmpty() ? "your question" : examples.get(0);
    }

    public static Reply help(List<String> examples) {
        return Reply.of("I know what the accounts I hold say: people, formations, places, distances and dates, "
                + "and what happened when. Each answer quotes its sentence; if the account does not say, I tell you so.\n\n"
                + bold("How to ask") + "\n"
                + "• Just write a question: " + italic(example(examples)) + "\n"
                + "• Follow up: " + italic("When was it …?") + ", " + italic("Who commanded it?")
                + " (I remember this chat's last questions)\n"
                + "• " + escape("/ask <question>") + " – the same, and how to ask me in a group\n"
                + "• " + escape("/timeline [from] [to]") + " – dated events in order, dates as " + italic("YYYY-MM-DD") + "\n"
                + "• " + escape("/who <name>") + " – what the accounts say of a person, formation or place\n\n"
                + "Under an answer: " + bold("Source") + " shows the full sentence and where it stands; 👍 and 👎 tell us how I did.");
    }

    /** The answer, its cited sentence, and the buttons; abstentions say the account does not say. */
    public static Reply answer(ChatResponse r) {
        StringBuilder html = new StringBuilder();
        if (r.abstained()) {
            html.append(escape(r.answer() == null || r.answer().isBlank() ? "The account does not say." : r.answer()));
        } else {
            html.append(bold(r.answer()));
            if (!r.citations().isEmpty()) {
                ChatResponse.CitationView c = r.citations().get(0);
                html.append("\n\n").append("<blockquote>").append(escape(c.sentence())).append("</blockquote>")
                        .append("\n").append(italic("— " + c.source()));
            }
        }
        List<Reply.Button> row = new java.util.ArrayList<>();
        if (!r.abstained() && !r.citations().isEmpty()) {
            row.add(new Reply.Button("Source", SOURCE + r.messageId()));
        }
        row.add(new Reply.Button("👍", UP + r.messageId()));
        row.add(new Reply.Button("👎", DOWN + r.messageId()));
        return new Reply(html.toString(), List.of(row));
    }

    /** Where a cited sentence stands: the account, its position among the account's sentences, its characters. */
    public static Reply source(String sentence, String account, int index, int total, int start, int end) {
        StringBuilder html = new StringBuilder(bold("Source")).append("\n<blockquote>").append(escape(sentence))
                .append("</blockquote>\n").append("Account: ").append(escape(account));
        if (index >= 0) {
            html.append("\nSentence ").append(index + 1).append(total > 0 ? " of " + total : "");
        }
        if (start >= 0) {
            html.append(", characters ").append(start).append("–").append(end);
        }
        return Reply.of(html.toString());
    }

    public static Reply timeline(List<TimelineEntry> events, String range) {
        if (events.isEmpty()) {
            return Reply.of("The accounts give no dated events" + escape(range) + ".");
        }
        StringBuilder html = new StringBuilder(bold("Timeline" + range)).append("\n");
        for (TimelineEntry e : events) {
            html.append("\n").append(bold(e.surface() == null ? e.iso() : e.surface()))
                    .append(e.iso() == null ? "" : " " + italic("(" + e.iso() + ")"))
                    .append(" – ").append(escape(e.text()));
        }
        return Reply.of(html.toString());
    }

    public static Reply card(EntityCard card) {
        StringBuilder html = new StringBuilder(bold(card.name())).append(" ")
                .append(italic("(" + card.type().toLowerCase(Locale.ROOT) + ")"));
        if (card.rank() != null) {
            html.append("\nRank: ").append(escape(card.rank()));
        }
        if (card.role() != null) {
            html.append("\nRole: ").append(escape(card.role()));
        }
        if (!card.aliases().isEmpty()) {
            html.append("\nAlso called: ").append(escape(String.join(", ", card.aliases())));
        }
        html.append("\nMentioned ").append(card.mentions().size()).append(card.mentions().size() == 1 ? " time" : " times");
        if (card.events().isEmpty()) {
            html.append("\n\nNo dated events name it.");
        } else {
            html.append("\n\n").append(bold("Events"));
            for (TimelineEntry e : card.events()) {
                html.append("\n• ").append(bold(e.surface() == null ? e.iso() : e.surface())).append(" – ").append(escape(e.text()));
            }
        }
        return Reply.of(html.toString());
    }
}
