package dev.annalist.kb.store;

/** An account's name and its text with markup blanked (same offsets as the file), so a citation can be shown in its place. */
public record AccountRecord(String source, String text, int sentences) {}
