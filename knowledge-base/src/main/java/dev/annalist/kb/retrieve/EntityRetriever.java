package dev.annalist.kb.retrieve;

import dev.annalist.kb.entity.EntityLexicon;
import dev.annalist.kb.facts.Relation;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.ContinuedEntities;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retrieval by the entities a query names (found however they are spelt, through the
 * {@link EntityLexicon}): sentences naming more of them rank higher, and a sentence that states a
 * fact about them (who commands what, what belongs to what) ranks first. Long sentences that list
 * many formations are where such facts live, and BM25 and embeddings both rank them low.
 */
public final class EntityRetriever implements Retriever {
    /** Sentences considered per entity: a name common to a thousand accounts must not cost a thousand. */
    private static final int POOL_PER_ENTITY = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-/]*");
    private final Supplier<Knowledge> knowledge;
    private volatile Index index;

    private static final Pattern COMMAND_WORDS = Pattern.compile("(?i)\\b(command\\w*|led|lead\\w*|head\\w*|deputy)\\b");
    private static final Pattern PART_WORDS = Pattern.compile("(?i)\\b(part|belong\\w*|member\\w*|made up|formed|of which)\\b");

    /** Sentences stating a fact about an entity, keyed "sentence id|entity id", by relation type. */
    private record Index(Knowledge knowledge, EntityLexicon lexicon, Map<String, Set<Relation.Type>> facts,
                         Map<String, String> names, Map<String, List<SentenceRecord>> byEntity,
                         Map<String, List<SentenceRecord>> byUnitWord, ContinuedEntities continued,
                         Map<String, List<SentenceRecord>> continuing) {}


    public EntityRetriever(Supplier<Knowledge> knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public List<ScoredSentence> retrieve(String query, int k, SearchFilter filter) {
        Index idx = index();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            words.add(m.group().replaceAll("[.]$", ""));
        }
        Set<String> ids = new HashSet<>();
        idx.lexicon().find(words).forEach(match -> ids.add(match.entityId()));
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Relation.Type> asked = EnumSet.noneOf(Relation.Type.class);
        if (COMMAND_WORDS.matcher(query).find()) {
            asked.add(Relation.Type.COMMANDS);
            asked.add(Relation.Type.DEPUTY_COMMANDER_OF);
        }
        if (PART_WORDS.matcher(query).find()) {
            asked.add(Relation.Type.PART_OF);
        }
        record Scored(SentenceRecord sentence, double score) {}
        List<Scored> scored = new ArrayList<>();
        Set<SentenceRecord> pool = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            List<SentenceRecord> naming = idx.byEntity().getOrDefault(id, List.of());
            pool.addAll(naming.subList(0, Math.min(POOL_PER_ENTITY, naming.size())));
            List<SentenceRecord> carrying = idx.continuing().getOrDefault(id, List.of());
            pool.addAll(carrying.subList(0, Math.min(POOL_PER_ENTITY, carrying.size())));
            String name = idx.names().get(id);
            if (name != null) {
                List<SentenceRecord> within = idx.byUnitWord().getOrDefault(name.split("\\s+")[0], List.of());
                pool.addAll(within.subList(0, Math.min(POOL_PER_ENTITY, within.size())));
            }
        }
        for (SentenceRecord s : pool) {
            // A sentence carrying an entity on from the one before is about it as much as one naming it.
            long named = ids.stream().filter(id -> s.entityIds().contains(id) || saidWithin(s, idx.names().get(id))
                    || idx.continued().of(s).contains(id)).count();
            if (named == 0 || !Filters.accepts(filter, s)) {
                continue;
            }
            double fact = 0;
            for (String id : ids) {
                Set<Relation.Type> stated = idx.facts().getOrDefault(s.id() + "|" + id, Set.of());
                if (stated.stream().anyMatch(asked::contains)) {
                    fact = 1;
                } else if (!stated.isEmpty()) {
                    fact = Math.max(fact, 0.5);
                }
            }
            scored.add(new Scored(s, named + fact));
        }
        // Best first; ties in reading order, so results do not depend on hash order.
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(x -> x.sentence().source()).thenComparingInt(x -> x.sentence().index()));
        List<ScoredSentence> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(k, scored.size()))) {
            out.add(new ScoredSentence(s.sentence(), s.score(), out.size() + 1));
        }
        return out;
    }

    /** "Tula" said inside a formation's name, "Tula Workers' Regiment". */
    private static boolean saidWithin(SentenceRecord s, String name) {
        return name != null && s.spans().stream().anyMatch(t -> t.type() == EntityType.UNIT
                && t.text().length() > name.length() && t.text().contains(name));
    }

    private Index index() {
        Knowledge current = knowledge.get();
        Index idx = index;
        if (idx == null || idx.knowledge() != current) {
            Map<String, Set<Relation.Type>> facts = new HashMap<>();
            for (Relation r : current.relations()) {
                String sentence = r.source() + "#" + r.sentence();
                facts.computeIfAbsent(sentence + "|" + r.subject(), key -> EnumSet.noneOf(Relation.Type.class)).add(r.type());
                facts.computeIfAbsent(sentence + "|" + r.object(), key -> EnumSet.noneOf(Relation.Type.class)).add(r.type());
            }
            Map<String, String> names = new HashMap<>();
            current.entities().forEach(e -> names.put(e.id(), e.name()));
            Map<String, List<SentenceRecord>> byEntity = new HashMap<>();
            Map<String, List<SentenceRecord>> byUnitWord = new HashMap<>();
            // Fact sentences first, so the capped pool of a common entity keeps what matters.
            List<SentenceRecord> ordered = new ArrayList<>(current.sentences());
            ordered.sort(Comparator.comparingInt((SentenceRecord s) -> s.entityIds().stream()
                    .anyMatch(id -> facts.containsKey(s.id() + "|" + id)) ? 0 : 1));
            for (SentenceRecord s : ordered) {
                s.entityIds().forEach(id -> byEntity.computeIfAbsent(id, key -> new ArrayList<>()).add(s));
                s.spans().stream().filter(t -> t.type() == EntityType.UNIT)
                        .flatMap(t -> java.util.Arrays.stream(t.text().split("\\s+")))
                        .distinct().forEach(w -> byUnitWord.computeIfAbsent(w, key -> new ArrayList<>()).add(s));
            }
            ContinuedEntities continued = new ContinuedEntities(current.sentences());
            Map<String, List<SentenceRecord>> continuing = new HashMap<>();
            for (SentenceRecord s : current.sentences()) {
                continued.of(s).forEach(id -> continuing.computeIfAbsent(id, key -> new ArrayList<>()).add(s));
            }
            idx = new Index(current, new EntityLexicon(current.entities()), facts, names, byEntity, byUnitWord,
                    continued, continuing);
            index = idx;
        }
        return idx;
    }
}
