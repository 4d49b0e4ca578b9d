package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives untyped proper names in a list the type of a typed name in the same list: in "the towns of
 * Vitebsk, Orsha and Mogilev", once Vitebsk is a place, so are the others. A list is joined by
 * commas and "and"/"or"; its items are runs of capitalised proper nouns.
 */
public final class CoordinationPropagator {
    public List<Mention> propagate(List<Sentence> sentences, List<Mention> typed) {
        List<Mention> out = new ArrayList<>();
        List<List<Mention>> bySentence = new ArrayList<>();
        sentences.forEach(s -> bySentence.add(new ArrayList<>()));
        typed.forEach(m -> bySentence.get(m.sentence()).add(m));
        for (Mention m : typed) {
            if (m.type() != EntityType.LOCATION && m.type() != EntityType.PERSON) {
                continue;
            }
            Sentence sentence = sentences.get(m.sentence());
            walk(sentence, m, bySentence.get(m.sentence()), out, +1);
            walk(sentence, m, bySentence.get(m.sentence()), out, -1);
        }
        return out;
    }

    private static void walk(Sentence sentence, Mention from, List<Mention> typed, List<Mention> out, int direction) {
        List<Token> tokens = sentence.tokens();
        int edge = direction > 0 ? from.toToken() : from.fromToken() - 1;
        while (edge >= 0 && edge < tokens.size() && isGlue(tokens.get(edge).text())) {
            int itemStart = direction > 0 ? edge + 1 : -1;
            int itemEnd = direction > 0 ? -1 : edge;
            if (direction > 0) {
                int end = itemStart;
                while (end < tokens.size() && isProperNoun(tokens.get(end))) {
                    end++;
                }
                itemEnd = end;
            } else {
                int start = itemEnd;
                while (start > 0 && isProperNoun(tokens.get(start - 1))) {
                    start--;
                }
                itemStart = start;
            }
            if (itemEnd <= itemStart || itemStart < 0 || overlapsTyped(typed, itemStart, itemEnd)) {
                return;
            }
            Span chars = sentence.charSpan(itemStart, itemEnd);
            out.add(new Mention(from.type(), sentence.index(), itemStart, itemEnd, chars,
                    sentence.text().substring(chars.start() - sentence.span().start(), chars.end() - sentence.span().start()),
                    "coordination"));
            edge = direction > 0 ? itemEnd : itemStart - 1;
        }
    }

    private static boolean isGlue(String word) {
        return word.equals(",") || word.equals("and") || word.equals("or");
    }

    private static boolean isProperNoun(Token token) {
        return token.isCapitalised() && token.pos().equals("PROPN") && NameAssembler.isNameWord(token.text());
    }

    /** {@code typed} holds this sentence's mentions only. */
    private static boolean overlapsTyped(List<Mention> typed, int from, int to) {
        return typed.stream().anyMatch(m -> m.fromToken() < to && from < m.toToken());
    }
}
