package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Measures ingestion and query speed: warm single-account ingestion (embeddings included), hybrid
 * query latency, and, with {@code --accounts N}, a corpus of N generated variants of the bundled
 * account (see {@link AccountVariants}). With the SolrCloud store selected ({@code --solr-zk}), the
 * scale run goes into the collection as well, beside the embedded store, for the same corpus.
 */
@Command(name = "benchmark", description = "Measures ingestion time, query latency and index size "
        + "(with --solr-zk, the --accounts run on SolrCloud too, in the collection <collection>_benchmark).")
final class BenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    KbCommand parent;

    @Option(names = "--accounts", defaultValue = "1", description = "Accounts in the scale run (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--rounds", defaultValue = "20", description = "Warm ingestion rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--queries", defaultValue = "2000", description = "Queries timed per run (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--keep-collection", description = "Leave the benchmark corpus in <collection>_benchmark (to size it).")
    boolean keepCollection;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("kb-bench");
        try {
            SourceDocument bundled = AccountLoader.bundled();
            try (KnowledgeBase kb = KnowledgeBase.open(work.resolve("single"))) {
                long[] ingest = new long[rounds + 3];
                for (int i = 0; i < ingest.length; i++) {
                    // A new source name each round changes the fingerprint, forcing a full rebuild.
                    SourceDocument doc = new SourceDocument("bench-" + i + ".txt", bundled.original(), bundled.clean());
                    long t = System.nanoTime();
                    kb.ingest(List.of(doc), List.of(), null);
                    ingest[i] = System.nanoTime() - t;
                }
                long[] warm = Arrays.copyOfRange(ingest, 3, ingest.length);
                System.out.printf(Locale.ROOT, "ingest 1 account (warm, %d rounds): p50 %.1f ms, max %.1f ms%n",
                        warm.length, pct(warm, 50), pct(warm, 100));
                queries(kb, "1 account");
            }
            if (accounts > 1) {
                List<SourceDocument> corpus = new AccountVariants(bundled).generate(accounts);
                scale("lucene", StoreSettings.lucene(work.resolve("scale")), corpus);
                StoreSettings selected = parent.storeSettings();
                if (selected.kind() == StoreSettings.Kind.SOLRCLOUD) {
                    scale("solrcloud", benchmarkCollection(selected.solrCloud()), corpus);
                }
            }
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    /**
     * Never the collection the service reads: the benchmark's own, beside it, same shape. It is emptied
     * before the run (so the ingest is timed even when a previous run left the same corpus) and after.
     */
    private static StoreSettings benchmarkCollection(StoreSettings.SolrCloud serving) {
        return StoreSettings.solrCloud(serving.withCollection(serving.collection() + "_benchmark"));
    }

    private void scale(String label, StoreSettings settings, List<SourceDocument> corpus) throws IOException {
        Runtime rt = Runtime.getRuntime();
        try (KnowledgeBase kb = KnowledgeBase.open(settings)) {
            kb.store().replace(Knowledge.EMPTY, "benchmark-cleared-" + System.nanoTime());
            long t = System.nanoTime();
            var summary = kb.ingest(corpus, List.of(), System.err);
            double seconds = (System.nanoTime() - t) / 1e9;
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.ROOT, "%s: ingest %d accounts: %.1f s (%.1f ms/account), %d sentences, %d entities, %d events%n",
                    label, accounts, seconds, seconds * 1000 / accounts, summary.sentences(), summary.entities(), summary.events());
            if (settings.kind() == StoreSettings.Kind.LUCENE) {
                System.out.printf(Locale.ROOT, "%s: index size %.1f MB, heap in use after GC %d MB%n", label,
                        size(settings.indexDir()) / 1048576.0, heap);
            } else { // the client cannot see the nodes' disks: Solr's admin UI or core STATUS tells
                System.out.printf(Locale.ROOT, "%s: collection %s, heap in use after GC %d MB (this process)%n", label,
                        settings.solrCloud().collection(), heap);
            }
            queries(kb, label + ", " + accounts + " accounts");
            if (settings.kind() == StoreSettings.Kind.SOLRCLOUD && !keepCollection) {
                kb.store().replace(Knowledge.EMPTY, "benchmark-cleared-" + System.nanoTime());
            }
        }
    }

    private void queries(KnowledgeBase kb, String label) {
        List<String> texts = queryTexts(kb.knowledge().sentences());
        var retriever = kb.hybrid();
        for (int i = 0; i < 200; i++) {
            retriever.retrieve(texts.get(i % texts.size()), 5);
        }
        long[] times = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            retriever.retrieve(texts.get(i % texts.size()), 5);
            times[i] = System.nanoTime() - t;
        }
        System.out.printf(Locale.ROOT, "hybrid query, %s (%d queries, k=5): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                label, queries, pct(times, 50), pct(times, 95), pct(times, 99));
    }

    /** Queries made from the stored sentences themselves: a few words from each, so any corpus works. */
    private static List<String> queryTexts(List<SentenceRecord> sentences) {
        List<String> out = new ArrayList<>();
        for (SentenceRecord s : sentences.subList(0, Math.min(200, sentences.size()))) {
            String[] words = s.text().split("\\s+");
            int from = words.length / 3;
            out.add(String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 6))));
        }
        return out;
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
