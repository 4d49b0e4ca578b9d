package dev.annalist.kb.pipeline;

import dev.annalist.kb.nlp.CoordinationPropagator;
import dev.annalist.kb.nlp.EntityFinder;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.nlp.MentionMerger;
import dev.annalist.kb.nlp.MentionPropagator;
import dev.annalist.kb.nlp.NameAssembler;
import dev.annalist.kb.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every entity finder on every sentence, builds names around ranks and formation words,
 * resolves overlaps, then labels the later mentions of names already found and the untyped names
 * listed beside typed ones.
 */
public final class EntityStage implements AnalysisStage {
    private static final int MAX_ROUNDS = 3;
    private final List<EntityFinder> finders;
    private final NameAssembler assembler;
    private final MentionMerger merger = new MentionMerger();
    private final MentionPropagator propagator = new MentionPropagator();
    private final CoordinationPropagator coordination = new CoordinationPropagator();

    public EntityStage(List<EntityFinder> finders, NameAssembler assembler) {
        this.finders = List.copyOf(finders);
        this.assembler = assembler;
    }

    @Override
    public AnalyzedAccount apply(AnalyzedAccount account) {
        List<Mention> candidates = new ArrayList<>();
        List<Mention> ranks = new ArrayList<>();
        for (Sentence sentence : account.sentences()) {
            List<Mention> found = new ArrayList<>();
            finders.forEach(f -> found.addAll(f.find(sentence)));
            List<Mention> helpers = found.stream().filter(m -> m.type().isHelper()).toList();
            helpers.stream().filter(m -> m.type() == EntityType.RANK).forEach(ranks::add);
            candidates.addAll(found);
            candidates.addAll(assembler.assemble(sentence, helpers));
        }
        // Names found one way reveal others (a list item, a later surname); repeat until nothing new.
        List<Mention> merged = merger.merge(candidates);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            candidates.addAll(propagator.propagate(account.sentences(), merged));
            candidates.addAll(coordination.propagate(account.sentences(), merger.merge(candidates)));
            List<Mention> next = merger.merge(candidates);
            if (next.equals(merged)) {
                break;
            }
            merged = next;
        }
        return account.withMentions(merged, ranks);
    }
}
