package dev.annalist.kb.answer;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.entity.EntityLexicon;
import dev.annalist.kb.entity.NameFolding;
import dev.annalist.kb.store.AccountRecord;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.SentenceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What answering needs from one knowledge snapshot, indexed once: the question analyzer (with its
 * entity lexicon), entities by id, sentences by account and number, and the accounts' texts.
 */
final class AnswerContext {
    final Knowledge knowledge;
    final QuestionAnalyzer analyzer;
    final Map<String, Entity> entities = new HashMap<>();
    final Map<String, SentenceRecord> sentences = new HashMap<>();
    final Map<String, String> texts = new HashMap<>();
    /** Entities sentences carry on from the sentence before without naming them. */
    final dev.annalist.kb.store.ContinuedEntities continued;
    /** The accounts' titles (a first line without a full stop). */
    final List<SentenceRecord> titles = new java.util.ArrayList<>();
    /** Per account, the entities its title names: every sentence of the account is about them. */
    final Map<String, java.util.Set<String>> titleEntities = new HashMap<>();
    /** Each sentence's text folded as names are ({@link NameFolding#fold}), by sentence id. */
    private final Map<String, String> foldedTexts = new HashMap<>();

    AnswerContext(Knowledge knowledge) {
        this.knowledge = knowledge;
        java.util.Set<String> words = new java.util.HashSet<>();
        for (SentenceRecord s : knowledge.sentences()) {
            String folded = NameFolding.fold(s.text());
            foldedTexts.put(s.id(), " " + folded + " ");
            for (String w : folded.split(" ")) {
                words.add(w);
                String stem = Stems.of(w);
                if (stem != null) {
                    words.add(stem);
                }
            }
        }
        this.analyzer = new QuestionAnalyzer(new EntityLexicon(knowledge.entities()), words);
        knowledge.entities().forEach(e -> entities.put(e.id(), e));
        knowledge.sentences().forEach(s -> sentences.put(key(s.source(), s.index()), s));
        this.continued = new dev.annalist.kb.store.ContinuedEntities(knowledge.sentences());
        for (SentenceRecord s : knowledge.sentences()) {
            if (s.index() == 0 && s.paragraph() == 0 && !s.text().matches(".*[.!?]$")) {
                titleEntities.put(s.source(), java.util.Set.copyOf(s.entityIds()));
                titles.add(s);
            }
        }
        for (AccountRecord account : knowledge.accounts()) {
            texts.put(account.source(), account.text());
        }
    }

    private final dev.annalist.kb.nlp.TokenAnalyzer tokenAnalyzer = new dev.annalist.kb.nlp.TokenAnalyzer(
            dev.annalist.kb.nlp.NlpModels.get());
    private final Map<String, ClauseExtractor.Sentence> tagged = new java.util.concurrent.ConcurrentHashMap<>();

    /** The sentence with POS tags, tagged once per knowledge snapshot (the models are OpenNLP's thread-safe ones). */
    ClauseExtractor.Sentence clauseSentence(SentenceRecord s) {
        return tagged.computeIfAbsent(s.id(), id -> {
            String text = texts.getOrDefault(s.source(), "");
            return new ClauseExtractor.Sentence(text, s, tokenAnalyzer.analyze(text, s.span()));
        });
    }

    /** What part of a sentence the question asks for, read from its tagged words (not cached: questions vary). */
    DescriptionAsk ask(String question) {
        return DescriptionAsk.of(tokenAnalyzer.analyze(question, new dev.annalist.kb.nlp.Span(0, question.length())));
    }

    static String key(String source, int sentence) {
        return source + "#" + sentence;
    }

    SentenceRecord sentence(String source, int index) {
        return sentences.get(key(source, index));
    }

    /** The account's own words under a span. */
    String words(String source, int start, int end) {
        String text = texts.get(source);
        return text == null ? "" : text.substring(start, end);
    }

    /**
     * The sentence names the entity, carries it on from the sentence before, or spells one of its names
     * as whole words inside another name ("Tula" in "the Tula Workers' Regiment").
     */
    boolean speaksOf(SentenceRecord s, String entityId) {
        if (s.entityIds().contains(entityId) || continued.of(s).contains(entityId)) {
            return true;
        }
        Entity e = entities.get(entityId);
        if (e == null) {
            return false;
        }
        String stored = foldedTexts.get(s.id()); // folded when the snapshot was built; one it lacks is folded now
        String folded = stored != null ? stored : " " + NameFolding.fold(s.text()) + " ";
        return Stream.concat(Stream.of(e.name()), e.aliases().stream()).map(NameFolding::fold)
                .anyMatch(name -> !name.isBlank() && folded.contains(" " + name + " "));
    }

    /** The entities the question names, less those of the accounts' titles (every sentence is about them). */
    List<String> focus(QuestionAnalysis q) {
        return q.entityIds().stream().filter(id -> titleEntities.values().stream().noneMatch(t -> t.contains(id))).toList();
    }

    String name(String entityId) {
        Entity e = entities.get(entityId);
        return e == null ? entityId : e.name();
    }

    Citation cite(SentenceRecord s) {
        return new Citation(s.source(), s.index(), s.text(), s.span().start(), s.span().end());
    }

    List<Citation> cite(List<SentenceRecord> sentences) {
        return sentences.stream().map(this::cite).toList();
    }
}
