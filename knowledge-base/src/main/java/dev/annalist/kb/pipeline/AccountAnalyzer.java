package dev.annalist.kb.pipeline;

import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.nlp.CueLocationFinder;
import dev.annalist.kb.nlp.NameAssembler;
import dev.annalist.kb.nlp.NerModelProvider;
import dev.annalist.kb.nlp.NlpModels;
import dev.annalist.kb.nlp.PatternNameFinder;
import dev.annalist.kb.nlp.StatisticalNameFinder;
import dev.annalist.kb.nlp.VocabularyNameFinder;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;

/** The ingestion pipeline: a chain of {@link AnalysisStage}s applied to one account. */
public final class AccountAnalyzer {
    private final List<AnalysisStage> stages;

    public AccountAnalyzer(List<AnalysisStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The standard chain: sentences, entities (trained model, patterns, vocabulary), dates, distances. */
    public static AccountAnalyzer standard(TokenNameFinderModel nerModel) {
        NlpModels models = NlpModels.get();
        return new AccountAnalyzer(List.of(
                new SentenceStage(models),
                new EntityStage(List.of(new StatisticalNameFinder(nerModel), new PatternNameFinder(),
                        VocabularyNameFinder.standard(), new CueLocationFinder()), NameAssembler.standard()),
                new DateStage(),
                new DistanceStage()));
    }

    public static AccountAnalyzer standard() {
        return standard(NerModelProvider.shared());
    }

    public AnalyzedAccount analyze(SourceDocument document) {
        AnalyzedAccount account = AnalyzedAccount.of(document);
        for (AnalysisStage stage : stages) {
            account = stage.apply(account);
        }
        return account;
    }
}
