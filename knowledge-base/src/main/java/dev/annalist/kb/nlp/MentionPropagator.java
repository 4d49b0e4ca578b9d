package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels later mentions of a name the document has already typed: once "Ivan S. Konev" is a person,
 * "Konev" elsewhere is too; once "Rzhev" is a place, every "Rzhev" is. Names are matched on whole
 * capitalised tokens, longest first.
 */
public final class MentionPropagator {
    /** New mentions for names seen in {@code found} that appear untyped in {@code sentences}. */
    public List<Mention> propagate(List<Sentence> sentences, List<Mention> found) {
        Map<String, EntityType> known = new HashMap<>();
        int longest = 1;
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON && m.type() != EntityType.UNIT && m.type() != EntityType.LOCATION) {
                continue;
            }
            Sentence sentence = sentences.get(m.sentence());
            List<String> words = sentence.tokens().subList(m.fromToken(), m.toToken()).stream().map(Token::text).toList();
            known.putIfAbsent(String.join(" ", words), m.type());
            longest = Math.max(longest, words.size());
            if (m.type() == EntityType.PERSON && words.size() > 1) {
                String surname = words.get(words.size() - 1);
                known.putIfAbsent(surname, EntityType.PERSON);
                int particle = words.indexOf("von");
                if (particle > 0) {
                    known.putIfAbsent(String.join(" ", words.subList(particle, words.size())), EntityType.PERSON);
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
                    String phrase = String.join(" ", tokens.subList(i, i + len).stream().map(Token::text).toList());
                    EntityType type = known.get(phrase);
                    if (type != null && tokens.get(i + len - 1).isCapitalised()) {
                        Span chars = sentence.charSpan(i, i + len);
                        out.add(new Mention(type, sentence.index(), i, i + len, chars,
                                sentence.text().substring(chars.start() - sentence.span().start(),
                                        chars.end() - sentence.span().start()), "propagated"));
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        return out;
    }
}
