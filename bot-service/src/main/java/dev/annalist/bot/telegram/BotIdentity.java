package dev.annalist.bot.telegram;

import java.util.regex.Pattern;

/** The bot's @username, needed to notice mentions in groups; set from configuration or learned with getMe. */
public final class BotIdentity {
    private volatile String username;

    public BotIdentity(String configured) {
        learned(configured);
    }

    public void learned(String name) {
        if (name != null && !name.isBlank()) {
            username = name.strip().replaceFirst("^@", "");
        }
    }

    /** Empty until known; in groups the bot then answers /ask only. */
    public String username() {
        return username == null ? "" : username;
    }

    public boolean known() {
        return username != null;
    }

    /** True for "@name" anywhere in text, in any case ("@name_2" is another bot). */
    public boolean mentionedIn(String text) {
        return known() && Pattern.compile("@" + Pattern.quote(username) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }
}
