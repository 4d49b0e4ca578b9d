package dev.annalist.kb.nlp;

import java.util.List;

/** Finds typed mentions in one sentence. Implementations are stateless and thread-safe. */
public interface EntityFinder {
    List<Mention> find(Sentence sentence);

    /** Converts OpenNLP token spans of a sentence to mentions. */
    static List<Mention> toMentions(Sentence sentence, opennlp.tools.util.Span[] spans, String finder) {
        List<Mention> mentions = new java.util.ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            Span chars = sentence.charSpan(s.getStart(), s.getEnd());
            String text = sentence.text().substring(chars.start() - sentence.span().start(),
                    chars.end() - sentence.span().start());
            mentions.add(new Mention(EntityType.parse(s.getType()), sentence.index(), s.getStart(), s.getEnd(),
                    chars, text, finder));
        }
        return mentions;
    }
}
