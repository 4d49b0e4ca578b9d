package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.store.JsonCodec;
import dev.annalist.kb.store.ScoredSentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Hybrid (BM25 + vector) search over sentences.")
final class SearchCommand extends IndexOptions implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for, in plain words.")
    String text;

    @Option(names = "--k", defaultValue = "5", description = "How many sentences (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!dev.annalist.kb.store.EmbeddableText.hasContent(text)) {
            System.err.println("error: the search text is empty");
            return 2;
        }
        try (KnowledgeBase kb = openWithContent()) {
            List<ScoredSentence> hits = kb.hybrid().retrieve(text, Math.max(1, k));
            if (json) {
                System.out.println(JsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        hits.stream().map(SearchCommand::view).toList()));
                return 0;
            }
            for (ScoredSentence h : hits) {
                System.out.printf("%d. %.4f  %s [%d-%d]%n   %s%n", h.rank(), h.score(), h.sentence().source(),
                        h.sentence().span().start(), h.sentence().span().end(), h.sentence().text());
            }
        }
        return 0;
    }

    static Map<String, Object> view(ScoredSentence h) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rank", h.rank());
        v.put("score", h.score());
        v.put("source", h.sentence().source());
        v.put("sentence", h.sentence().index());
        v.put("start", h.sentence().span().start());
        v.put("end", h.sentence().span().end());
        v.put("text", h.sentence().text());
        v.put("entities", h.sentence().entityIds());
        return v;
    }
}
