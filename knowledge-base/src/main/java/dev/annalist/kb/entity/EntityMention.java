package dev.annalist.kb.entity;

import dev.annalist.kb.nlp.Span;

/** Where an entity is named: the account, the sentence number in it, the span and the words. */
public record EntityMention(String source, int sentence, Span span, String text) {}
