package dev.annalist.kb.nlp;

import java.util.List;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/** People, units and places from the trained OpenNLP maximum-entropy name finder. */
public final class StatisticalNameFinder implements EntityFinder {
    private final ThreadSafeNameFinderME finder;

    public StatisticalNameFinder(TokenNameFinderModel model) {
        this.finder = new ThreadSafeNameFinderME(model);
    }

    @Override
    public List<Mention> find(Sentence sentence) {
        // Adaptive data would leak between documents; each sentence is judged on its own.
        var spans = finder.find(sentence.tokenTexts());
        finder.clearAdaptiveData();
        return EntityFinder.toMentions(sentence, spans, "statistical").stream()
                .filter(m -> hasContentWord(sentence, m)).toList();
    }

    /** "This" or "There" at a sentence start is never a name, whatever the model thinks. */
    private static boolean hasContentWord(Sentence sentence, Mention m) {
        return sentence.tokens().subList(m.fromToken(), m.toToken()).stream()
                .anyMatch(t -> !CLOSED_CLASS.contains(t.pos()));
    }

    private static final java.util.Set<String> CLOSED_CLASS =
            java.util.Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT");
}
