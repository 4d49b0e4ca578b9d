package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.LoadReport;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.pipeline.AccountAnalyzer;
import dev.annalist.kb.pipeline.CorpusFingerprint;
import dev.annalist.kb.pipeline.KnowledgeBuilder;
import dev.annalist.kb.store.Knowledge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared account (and any further accounts given), analysed once by the product's pipeline, for the
 * tests that fill both stores with it.
 */
record KalugaAccount(Knowledge knowledge, String fingerprint) {
    static final Path FILE = Path.of(System.getProperty("kaluga.account", "../../shared/corpus/kaluga-offensive-operation.txt"));

    static KalugaAccount analysed(SourceDocument... others) throws IOException {
        LoadReport report = new AccountLoader().load(List.of(FILE), null);
        assertThat(report.documents()).as("the shared account at " + FILE.toAbsolutePath()).hasSize(1);
        List<SourceDocument> documents = new ArrayList<>(report.documents());
        documents.addAll(List.of(others));
        return new KalugaAccount(new KnowledgeBuilder(AccountAnalyzer.standard()).build(documents, null),
                CorpusFingerprint.of(documents));
    }
}
