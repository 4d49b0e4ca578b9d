package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.StringList;

/** Marks military ranks and formation words with OpenNLP dictionary finders (case-sensitive). */
public final class VocabularyNameFinder implements EntityFinder {
    private final Dictionary ranks;
    private final Dictionary unitWords;

    public VocabularyNameFinder(Vocabulary ranks, Vocabulary unitWords) {
        this.ranks = dictionary(ranks);
        this.unitWords = dictionary(unitWords);
    }

    public static VocabularyNameFinder standard() {
        return new VocabularyNameFinder(Vocabulary.load("/dev/annalist/kb/nlp/ranks.txt"),
                Vocabulary.load("/dev/annalist/kb/nlp/unit-words.txt"));
    }

    private static Dictionary dictionary(Vocabulary vocabulary) {
        Dictionary dictionary = new Dictionary(true);
        vocabulary.phrases().forEach(p -> dictionary.put(new StringList(p.split(" "))));
        return dictionary;
    }

    @Override
    public List<Mention> find(Sentence sentence) {
        // DictionaryNameFinder keeps per-call state, so a fresh one per call keeps this thread-safe.
        String[] tokens = sentence.tokenTexts();
        List<Mention> out = new ArrayList<>();
        out.addAll(EntityFinder.toMentions(sentence,
                new DictionaryNameFinder(ranks, "RANK").find(tokens), "vocabulary"));
        out.addAll(EntityFinder.toMentions(sentence,
                new DictionaryNameFinder(unitWords, "UNIT_WORD").find(tokens), "vocabulary"));
        return out;
    }
}
