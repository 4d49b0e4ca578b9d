package dev.annalist.kb.answer;

import dev.annalist.kb.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which part of a sentence a free-text question asks for, read from the question's form (its
 * wh-word, auxiliaries and POS tags). {@code noun} is the noun whose qualifier is asked for
 * ({@link Kind#MODIFIER}); {@code verb} the stem of the question's main verb, or null.
 */
record DescriptionAsk(Kind kind, String noun, String verb) {
    enum Kind {
        /** "What kind of battles?", "On which flank?", "How is the fighting described?": the words qualifying a noun. */
        MODIFIER,
        /** "What did the Germans transfer?": what follows the verb. */
        OBJECT,
        /** "What was nearing the town?": what stands before the verb. */
        SUBJECT,
        /** "What happened to the German forces?": the predicate after them. */
        PREDICATE,
        /** "What was the division doing when ...?": the participle after the name ("providing cover"). */
        ACTIVITY,
        /** "How did the formations fare in the fight?": the adverb beside the verb. */
        MANNER,
        /** "Why were they stopped?": the clause of cause after the verb. */
        REASON,
        /** Anything else: the words after the last question word the sentence repeats. */
        REST
    }

    static final DescriptionAsk REST = new DescriptionAsk(Kind.REST, null, null);

    DescriptionAsk(Kind kind, String noun) {
        this(kind, noun, null);
    }
    private static final Set<String> KIND_WORDS = Set.of("kind", "sort", "type");

    static DescriptionAsk of(List<Token> question) {
        int wh = -1;
        for (int i = 0; i < question.size() && wh < 0; i++) {
            if (Set.of("what", "which", "how", "why").contains(lower(question.get(i)))) {
                wh = i;
            }
        }
        if (wh < 0 || wh + 1 >= question.size()) {
            return REST;
        }
        String word = lower(question.get(wh));
        Token next = question.get(wh + 1);
        String verb = mainVerb(question, wh + 1);
        if (word.equals("why")) {
            return new DescriptionAsk(Kind.REASON, null, verb);
        }
        if (word.equals("how")) {
            if (next.lemma().equals("be") && question.stream().anyMatch(t -> t.lemma().equals("describe"))) {
                return modifierOf(question, wh + 2);
            }
            return next.lemma().equals("do") ? new DescriptionAsk(Kind.MANNER, null, verb) : REST;
        }
        if (next.lemma().equals("be") && question.stream().anyMatch(t -> lower(t).equals("doing"))) {
            return new DescriptionAsk(Kind.ACTIVITY, null);
        }
        if (KIND_WORDS.contains(lower(next)) && wh + 3 < question.size() && lower(question.get(wh + 2)).equals("of")) {
            return new DescriptionAsk(Kind.MODIFIER, question.get(wh + 3).text());
        }
        if (next.lemma().equals("happen") || next.lemma().equals("become")) {
            return new DescriptionAsk(Kind.PREDICATE, null);
        }
        if (Set.of("do", "have").contains(next.lemma())) {
            return new DescriptionAsk(Kind.OBJECT, null, verb); // "what did / had the Germans ..."
        }
        if (next.pos().equals("VERB") || next.lemma().equals("be") && wh + 2 < question.size()
                && question.get(wh + 2).pos().equals("VERB")) {
            return new DescriptionAsk(Kind.SUBJECT, null, verb);
        }
        if (word.equals("which") && (next.pos().equals("NOUN") || next.pos().equals("ADJ"))) {
            return modifierOf(question, wh + 1);
        }
        return REST;
    }

    /** The head of the noun phrase starting at {@code from}: the last noun of its first run of adjectives and nouns. */
    private static DescriptionAsk modifierOf(List<Token> question, int from) {
        int i = from < question.size() && question.get(from).pos().equals("DET") ? from + 1 : from;
        String noun = null;
        for (; i < question.size(); i++) {
            String pos = question.get(i).pos();
            if (pos.equals("NOUN")) {
                noun = question.get(i).text();
            } else if (!pos.equals("ADJ")) {
                break;
            }
        }
        return noun == null ? REST : new DescriptionAsk(Kind.MODIFIER, noun);
    }

    /** The stem of the first verb from {@code from} on (auxiliaries aside), or null. */
    private static String mainVerb(List<Token> question, int from) {
        for (int i = from; i < question.size(); i++) {
            Token t = question.get(i);
            if (t.pos().equals("VERB") && !Set.of("be", "have", "do").contains(t.lemma())) {
                return Stems.of(t.lemma());
            }
        }
        return null;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
