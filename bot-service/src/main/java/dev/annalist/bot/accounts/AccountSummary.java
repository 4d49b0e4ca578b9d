package dev.annalist.bot.accounts;

/** What the demo page shows of an account: its title (first line), its opening sentences, its size. */
public record AccountSummary(String source, String title, String summary, int sentences) {}
