package dev.annalist.kb.store;

/** An account's name and full original text, so a citation can be shown in its place. */
public record AccountRecord(String source, String text, int sentences) {}
