package dev.annalist.bot;

import dev.annalist.kb.IngestSummary;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.LoadReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge-base library: opens the index and fills it from the configured corpus. */
@Configuration
public class KnowledgeBaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public KnowledgeBase knowledgeBase(@Value("${bot.index-dir:data/index}") Path indexDir,
                                       @Value("${bot.corpus-dir:}") String corpusDir) throws IOException {
        KnowledgeBase kb = KnowledgeBase.open(indexDir);
        IngestSummary summary;
        if (corpusDir.isBlank()) {
            summary = kb.ensureContent();
        } else {
            LoadReport report = new AccountLoader().load(List.of(Path.of(corpusDir)), null);
            report.problems().forEach(p -> LOG.warn("{}", p));
            summary = report.documents().isEmpty() ? kb.ensureContent() : kb.ingest(report, null);
        }
        LOG.info("knowledge base ready at {}: {} accounts, {} sentences, {} entities, {} events ({})", indexDir,
                summary.files(), summary.sentences(), summary.entities(), summary.events(),
                summary.rebuilt() ? "built in " + summary.millis() + " ms" : "index up to date");
        return kb;
    }
}
