package dev.annalist.kb.pipeline;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.time.DateMention;
import dev.annalist.kb.time.DateResolver;
import dev.annalist.kb.time.NarrativeClock;
import java.util.ArrayList;
import java.util.List;

/** Resolves every DATE mention in reading order, so each takes its year from the narrative so far. */
public final class DateStage implements AnalysisStage {
    private final DateResolver resolver = new DateResolver();

    @Override
    public AnalyzedAccount apply(AnalyzedAccount account) {
        NarrativeClock clock = new NarrativeClock(DateResolver.anchor(account.document().clean()));
        List<DateMention> dates = new ArrayList<>();
        for (Mention mention : account.mentions()) {
            if (mention.type() == EntityType.DATE) {
                resolver.resolve(mention.span(), mention.text(), clock).ifPresent(dates::add);
            }
        }
        return account.withDates(dates);
    }
}
