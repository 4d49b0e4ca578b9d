package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenises a sentence with the OpenNLP tokenizer, then splits what the UD model leaves joined
 * (possessive 's with a curly apostrophe, a sentence-final full stop), and adds POS tags and verb lemmas
 * (other tokens carry their lower-cased form as lemma).
 */
public final class TokenAnalyzer {
    private static final Pattern POSSESSIVE = Pattern.compile("^(.*\\p{L}.*?)(['’]s)$");
    private static final Pattern KEEPS_PERIOD = Pattern.compile("^(?:\\p{Lu}|St|Gen|Lt|Col|Maj|Capt|Mt|No|Dr|Mr|Mrs|etc)\\.$");

    private static final int MAX_CACHED_VERBS = 50_000;
    private static final java.util.Map<String, String> VERB_LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private final NlpModels models;

    public TokenAnalyzer(NlpModels models) {
        this.models = models;
    }

    public List<Token> analyze(String text, Span sentence) {
        String sentenceText = sentence.of(text);
        opennlp.tools.util.Span[] raw = joinInitials(sentenceText, models.tokenizer.tokenizePos(sentenceText));
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            refine(sentenceText, sentence.start(), raw[i], i == raw.length - 1, spans);
        }
        String[] words = spans.stream().map(s -> s.of(text)).toArray(String[]::new);
        String[] tags = models.tagger.tag(words);
        String[] lemmas = verbLemmas(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i];
            tokens.add(new Token(words[i], spans.get(i), tags[i], lemma));
        }
        return tokens;
    }

    /**
     * Lemmas for verbs only, the one place they are read (events and question verbs). The statistical
     * lemmatizer sorts thousands of outcomes per token, which made it most of the cost of answering a
     * question; a verb's lemma hardly depends on its neighbours, so each (verb, tag) is lemmatised alone
     * once and remembered.
     */
    private String[] verbLemmas(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (tags[i].equals("VERB") || tags[i].equals("AUX")) {
                lemmas[i] = verbLemma(words[i], tags[i]);
            }
        }
        return lemmas;
    }

    private String verbLemma(String word, String tag) {
        String key = word + '\t' + tag;
        String lemma = VERB_LEMMAS.get(key);
        if (lemma == null) {
            lemma = models.lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
            if (VERB_LEMMAS.size() >= MAX_CACHED_VERBS) {
                VERB_LEMMAS.clear(); // a crude bound; real text has far fewer distinct verb forms
            }
            VERB_LEMMAS.put(key, lemma);
        }
        return lemma;
    }

    /** The UD tokenizer splits some initials ("S" "."), not others ("K."); make them all one token. */
    private static opennlp.tools.util.Span[] joinInitials(String text, opennlp.tools.util.Span[] raw) {
        List<opennlp.tools.util.Span> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            opennlp.tools.util.Span t = raw[i];
            boolean initial = t.length() == 1 && Character.isUpperCase(text.charAt(t.getStart()));
            if (initial && i + 2 < raw.length && raw[i + 1].getStart() == t.getEnd()
                    && text.charAt(raw[i + 1].getStart()) == '.' && raw[i + 1].length() == 1) {
                out.add(new opennlp.tools.util.Span(t.getStart(), raw[i + 1].getEnd()));
                i++;
            } else {
                out.add(t);
            }
        }
        return out.toArray(opennlp.tools.util.Span[]::new);
    }

    private static void refine(String sentenceText, int base, opennlp.tools.util.Span raw, boolean last, List<Span> out) {
        int start = raw.getStart();
        int end = raw.getEnd();
        String word = sentenceText.substring(start, end);
        if (last && word.length() > 1 && word.endsWith(".") && !KEEPS_PERIOD.matcher(word).matches()) {
            refine(sentenceText, base, new opennlp.tools.util.Span(start, end - 1), false, out);
            out.add(new Span(base + end - 1, base + end));
            return;
        }
        Matcher possessive = POSSESSIVE.matcher(word);
        if (possessive.matches()) {
            int cut = start + possessive.end(1);
            out.add(new Span(base + start, base + cut));
            out.add(new Span(base + cut, base + end));
            return;
        }
        out.add(new Span(base + start, base + end));
    }
}
