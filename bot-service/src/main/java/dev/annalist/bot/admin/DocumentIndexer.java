package dev.annalist.bot.admin;

import dev.annalist.bot.web.BadRequestException;
import dev.annalist.bot.web.ServiceUnavailableException;
import dev.annalist.kb.IngestSummary;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.LoadProblem;
import dev.annalist.kb.ingest.LoadReport;
import dev.annalist.kb.ingest.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Adds an uploaded account to the knowledge base. The new index is built beside the serving one and
 * swapped in at commit, so questions keep being answered meanwhile. With a corpus folder configured the
 * file is saved there too, so a restart serves it again.
 */
@Service
public class DocumentIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIndexer.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,120}");

    private final KnowledgeBase kb;
    private final AccountLoader loader = new AccountLoader();
    private final String corpusDir;

    public DocumentIndexer(KnowledgeBase kb, @Value("${bot.corpus-dir:}") String corpusDir) {
        this.kb = kb;
        this.corpusDir = corpusDir;
    }

    public synchronized DocumentAdded add(String name, byte[] bytes) {
        String source = safeName(name);
        LoadReport report = loader.loadBytes(source, bytes);
        if (report.documents().isEmpty()) {
            throw new BadRequestException("cannot read " + source + ": " + report.problems().stream()
                    .map(LoadProblem::message).findFirst().orElse("no text"));
        }
        SourceDocument document = report.documents().get(0);
        try {
            // Indexed first: a file that fails to index must not sit in the corpus folder for the next start.
            IngestSummary summary = kb.addAccount(document, null);
            saveToCorpus(source, bytes);
            LOG.info("added account {}: now {} accounts, {} sentences ({} ms)", source, kb.knowledge().accounts().size(),
                    summary.sentences(), summary.millis());
            return new DocumentAdded(source, kb.knowledge().accounts().size(), summary.sentences(), summary.entities(),
                    summary.events(), summary.millis(), report.problems().stream().map(LoadProblem::message).toList());
        } catch (IOException | UncheckedIOException e) {
            LOG.error("re-index after adding {} failed; the previous index keeps serving", source, e);
            throw new ServiceUnavailableException("re-indexing failed (" + e.getMessage()
                    + "); the previous knowledge base keeps serving");
        }
    }

    static String safeName(String name) {
        String base = name == null ? "" : name.strip();
        if (!SAFE_NAME.matcher(base).matches()) {
            throw new BadRequestException("name the account with letters, digits, dots, dashes or spaces (no folders) "
                    + "and an extension of .txt, .md or .html (for example operation-mars.txt)");
        }
        return base;
    }

    private void saveToCorpus(String source, byte[] bytes) throws IOException {
        if (corpusDir.isBlank()) {
            return;
        }
        Path dir = Path.of(corpusDir);
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".upload-", ".part");
        Files.write(temp, bytes);
        Files.move(temp, dir.resolve(source), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    List<String> accounts() {
        return kb.knowledge().accounts().stream().map(a -> a.source()).toList();
    }
}
