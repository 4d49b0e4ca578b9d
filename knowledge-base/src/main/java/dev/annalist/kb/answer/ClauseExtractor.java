package dev.annalist.kb.answer;

import dev.annalist.kb.nlp.Token;
import dev.annalist.kb.store.SentenceRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the clause a free-text question asks for out of one sentence, by rules over the sentence's
 * POS tags: the object after the question's verb, the subject before it, the predicate after the
 * question's words, a noun's qualifier, the adverb of manner, or the clause of cause. The cut ends
 * where the clause does: punctuation, "and" before another verb, a relative pronoun, or a
 * prepositional phrase the question itself already says ("to the area of X").
 */
final class ClauseExtractor {
    private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "(", ")", ".", "?", "!", "—", "–");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "where", "while", "whereas");
    private static final Set<String> CAUSE = Set.of("because", "since");
    private static final Set<String> AUXILIARY = Set.of("be", "have", "do");
    private static final int ADJUNCT_REACH = 4;

    /** The account text the tokens' offsets point into, and which question words and names to recognise. */
    record Sentence(String text, SentenceRecord record, List<Token> tokens) {}

    List<Candidate> find(DescriptionAsk ask, QuestionAnalysis q, Sentence s) {
        Cut cut = switch (ask.kind()) {
            case MODIFIER -> modifier(ask.noun(), q, s);
            case OBJECT -> object(q, s, ask.verb());
            case SUBJECT -> subject(q, s, ask.verb());
            case PREDICATE -> predicate(q, s);
            case ACTIVITY -> activity(q, s);
            case MANNER -> manner(q, s, ask.verb());
            case REASON -> reason(q, s, ask.verb());
            case REST -> null;
        };
        if (cut == null || cut.to <= cut.from) {
            return List.of();
        }
        int start = s.tokens().get(cut.from).span().start();
        int end = s.tokens().get(cut.to - 1).span().end();
        return List.of(new Candidate(s.text().substring(start, end), null, s.record(), start, end, List.of()));
    }

    /** Tokens [from, to) of the sentence. */
    private record Cut(int from, int to) {}

    /** "fierce battles", "left-flank", "eastern bank": the noun with the words qualifying it. */
    private static Cut modifier(String noun, QuestionAnalysis q, Sentence s) {
        String head = Stems.of(noun);
        List<Token> t = s.tokens();
        for (int i = 0; head != null && i < t.size(); i++) {
            String stem = Stems.of(t.get(i).text());
            Matcher compound = COMPOUND.matcher(t.get(i).text());
            if (compound.matches() && head.equals(Stems.of(compound.group(1)))) {
                return new Cut(i, i + 1); // one token: "left-flank"
            }
            if (stem == null || !Stems.match(stem, head)) {
                continue;
            }
            if (i >= 2 && t.get(i - 1).text().equals("-") && touching(t.get(i - 2), t.get(i - 1)) && touching(t.get(i - 1), t.get(i))) {
                return new Cut(i - 2, i + 1); // tokenised apart: "left" "-" "flank"
            }
            int from = i;
            while (from > 0 && i - from < 2 && qualifies(t.get(from - 1), q)) {
                from--;
            }
            if (from < i) {
                return new Cut(from, i + 1);
            }
            int to = participlePhraseEnd(t, i + 1);
            if (to > i + 1) {
                return new Cut(i, to); // "railway linking A and B"
            }
        }
        return null;
    }

    /** Where a participle phrase after a noun ends ("linking A and B"), or {@code from} when none starts there. */
    private static int participlePhraseEnd(List<Token> t, int from) {
        // By its ending: the tagger often calls a participle after a noun an adverb.
        if (from >= t.size() || !t.get(from).text().matches("\\p{Ll}{2,}ing")) {
            return from;
        }
        int i = from + 1;
        while (i < t.size() && !boundary(t.get(i)) && !t.get(i).pos().equals("VERB") && !t.get(i).pos().equals("AUX")) {
            i++;
        }
        return i;
    }

    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-(\\p{L}+)");

    private static boolean qualifies(Token t, QuestionAnalysis q) {
        boolean word = t.pos().equals("ADJ") || t.pos().equals("NOUN");
        return word && Character.isLowerCase(t.text().charAt(0)) && !asked(t, q);
    }

    private static boolean touching(Token a, Token b) {
        return a.span().end() == b.span().start();
    }

    /** "What did the Germans transfer to the area of X?": what follows "transferred", up to "to the area". */
    private static Cut object(QuestionAnalysis q, Sentence s, String mainVerb) {
        int verb = verb(q, s, false, mainVerb);
        if (verb < 0) {
            return null;
        }
        // "What had they turned the station into?": the words and particle the question repeats are not the object.
        List<Token> t = s.tokens();
        int from = verb + 1;
        boolean repeated = false;
        while (from < t.size() && (t.get(from).pos().equals("DET") || asked(t.get(from), q) || particleOf(t.get(from), q))) {
            repeated |= !t.get(from).pos().equals("DET");
            from++;
        }
        while (from > verb + 1 && t.get(from - 1).pos().equals("DET")) {
            from--; // the object's own article
        }
        if (!repeated) {
            from = verb + 1;
        }
        return new Cut(from, clauseEnd(q, s, from, true));
    }

    /** "What was nearing X by 23 December?": before "was nearing", without the date the question repeats. */
    private static Cut subject(QuestionAnalysis q, Sentence s, String mainVerb) {
        int verb = verb(q, s, false, mainVerb);
        if (verb < 0) {
            return null;
        }
        List<Token> t = s.tokens();
        int end = verb;
        while (end > 0 && AUXILIARY.contains(t.get(end - 1).lemma())) {
            end--;
        }
        int from = end;
        while (from > 0 && !boundary(t.get(from - 1))) {
            from--;
        }
        while (from < end && (t.get(from).pos().equals("ADP") || t.get(from).pos().equals("NUM") || asked(t.get(from), q)
                || inDate(t.get(from), s.record()))) {
            from++;
        }
        return new Cut(from, end);
    }

    /** "What happened to the forces along the road?": from the first verb after the question's last word. */
    private static Cut predicate(QuestionAnalysis q, Sentence s) {
        List<Token> t = s.tokens();
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (asked(t.get(i), q) || namesAsked(t.get(i), q, s.record())) {
                last = i;
            }
        }
        for (int i = last + 1; last >= 0 && i < t.size() && !boundary(t.get(i)); i++) {
            if (t.get(i).pos().equals("AUX") || t.get(i).pos().equals("VERB")) {
                return new Cut(i, clauseEnd(q, s, i, false));
            }
        }
        return null;
    }

    /** "What was the division doing?": from the first participle after the name ("providing cover ..."). */
    private static Cut activity(QuestionAnalysis q, Sentence s) {
        List<Token> t = s.tokens();
        boolean named = false;
        for (int i = 0; i < t.size(); i++) {
            named |= namesAsked(t.get(i), q, s.record());
            if (named && t.get(i).pos().equals("VERB") && t.get(i).text().endsWith("ing")) {
                return new Cut(i, clauseEnd(q, s, i, false));
            }
        }
        return null;
    }

    /** "How did they fare in the fight?": the adverb beside "fought" ("fought unsuccessfully"). */
    private static Cut manner(QuestionAnalysis q, Sentence s, String mainVerb) {
        int verb = verb(q, s, true, mainVerb);
        List<Token> t = s.tokens();
        if (verb < 0) {
            return null;
        }
        if (verb + 1 < t.size() && t.get(verb + 1).pos().equals("ADV")) {
            return new Cut(verb + 1, verb + 2);
        }
        return verb > 0 && t.get(verb - 1).pos().equals("ADV") && !t.get(verb - 1).lemma().equals("not")
                ? new Cut(verb - 1, verb) : null;
    }

    /** "Why were they stopped?": after "because", or the relative clause on who stopped them ("who had moved ..."). */
    private static Cut reason(QuestionAnalysis q, Sentence s, String mainVerb) {
        int verb = verb(q, s, false, mainVerb);
        List<Token> t = s.tokens();
        for (int i = verb + 1; verb >= 0 && i < t.size(); i++) {
            String word = t.get(i).text().toLowerCase(Locale.ROOT);
            boolean relative = (word.equals("who") || word.equals("which")) && t.get(i - 1).text().equals(",");
            if (CAUSE.contains(word) || relative) {
                int from = i + 1;
                while (relative && from < t.size() && AUXILIARY.contains(t.get(from).lemma())) {
                    from++;
                }
                return new Cut(from, clauseEnd(q, s, from, false));
            }
        }
        return null;
    }

    /**
     * The first verb meaning what the question's main verb means, else what any of its verbs means
     * (any of its content words when {@code anyWord}, or when the tagger found no verb in it), or -1.
     */
    private static int verb(QuestionAnalysis q, Sentence s, boolean anyWord, String mainVerb) {
        if (mainVerb != null) {
            int main = verb(Set.of(mainVerb), s);
            if (main >= 0) {
                return main;
            }
        }
        return verb(anyWord || q.verbStems().isEmpty() ? q.contentStems() : q.verbStems(), s);
    }

    private static int verb(Set<String> wanted, Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).pos().equals("VERB")) {
                continue;
            }
            String lemma = Stems.of(t.get(i).lemma());
            String word = Stems.of(t.get(i).text());
            if (wanted.stream().anyMatch(w -> lemma != null && Stems.match(w, lemma) || word != null && Stems.match(w, word))) {
                return i;
            }
        }
        return -1;
    }

    /** A preposition or particle the question also says ("into" in "turned ... into"). */
    private static boolean particleOf(Token t, QuestionAnalysis q) {
        return Set.of("ADP", "ADV", "PART").contains(t.pos()) && q.text().toLowerCase(Locale.ROOT)
                .matches(".*\\b" + Pattern.quote(t.text().toLowerCase(Locale.ROOT)) + "\\b.*");
    }

    /** Where the clause starting at {@code from} ends (exclusive). */
    private static int clauseEnd(QuestionAnalysis q, Sentence s, int from, boolean stopAtAskedAdjunct) {
        List<Token> t = s.tokens();
        int i = from;
        for (; i < t.size(); i++) {
            Token token = t.get(i);
            if (boundary(token) && i > from) {
                break;
            }
            boolean verbNext = i + 1 < t.size() && (t.get(i + 1).pos().equals("VERB") || t.get(i + 1).pos().equals("AUX"));
            if (i > from && (token.pos().equals("CCONJ") && verbNext || token.pos().equals("SCONJ"))) {
                break;
            }
            if (stopAtAskedAdjunct && i > from && token.pos().equals("ADP")
                    && t.subList(i + 1, Math.min(t.size(), i + 1 + ADJUNCT_REACH)).stream().anyMatch(x -> asked(x, q))) {
                break;
            }
        }
        return i;
    }

    private static boolean boundary(Token t) {
        return BOUNDARY.contains(t.text()) || RELATIVE.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** The token repeats a content word of the question. */
    private static boolean asked(Token t, QuestionAnalysis q) {
        String stem = Stems.of(t.text());
        String lemma = Stems.of(t.lemma());
        return q.contentStems().stream().anyMatch(w -> stem != null && Stems.match(w, stem) || lemma != null && Stems.match(w, lemma));
    }

    /** The token lies inside a name the question asks about. */
    private static boolean namesAsked(Token t, QuestionAnalysis q, SentenceRecord s) {
        return s.spans().stream().anyMatch(span -> span.entityId() != null && q.entityIds().contains(span.entityId())
                && span.span().start() <= t.span().start() && t.span().end() <= span.span().end());
    }

    private static boolean inDate(Token t, SentenceRecord s) {
        return s.dates().stream().anyMatch(d -> d.span().start() <= t.span().start() && t.span().end() <= d.span().end());
    }
}
