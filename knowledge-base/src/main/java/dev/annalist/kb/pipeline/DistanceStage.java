package dev.annalist.kb.pipeline;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.quantity.Distance;
import dev.annalist.kb.quantity.DistanceParser;
import java.util.List;

/** Normalises every DISTANCE mention to kilometres (the account's own km figure when it gives one). */
public final class DistanceStage implements AnalysisStage {
    private final DistanceParser parser = new DistanceParser();

    @Override
    public AnalyzedAccount apply(AnalyzedAccount account) {
        List<Distance> distances = account.mentions().stream()
                .filter(m -> m.type() == EntityType.DISTANCE)
                .flatMap(m -> parser.parse(m.span(), m.text()).stream())
                .toList();
        return account.withDistances(distances);
    }
}
