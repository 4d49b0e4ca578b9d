package dev.annalist.evaluation;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.AnswerChain;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.ExtractiveAnswerer;
import dev.annalist.kb.retrieve.Retriever;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SentenceRecord;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipelines compared in one run, as different wirings of the same parts (Haystack style): the
 * full answer chain (hybrid retrieval, facts, reader), the reader alone, the hand-written rules that
 * came before the reader, and the chain over BM25 only and over "easy RAG" (sentence embeddings in
 * LangChain4j's in-memory store).
 */
public final class Wirings {
    private Wirings() {}

    public static List<Wiring> all(KnowledgeBase kb) {
        return List.of(full(kb), new Wiring("reader-only", kb.hybrid(), chain(kb, kb.hybrid()).facts(false).shaping(false)
                        .chat(false).knownNames(false).rules(false).build()),
                new Wiring("rules (hand-written)", kb.hybrid(), new ExtractiveAnswerer(kb::knowledge, kb.hybrid(), new ConversationMemory(10_000))),
                with("bm25-only", kb, kb.bm25()), with("vectors-only (in-memory easy RAG)", kb, easyRag(kb)));
    }

    public static Wiring full(KnowledgeBase kb) {
        return with("full (hybrid + facts + reader)", kb, kb.hybrid());
    }

    private static Wiring with(String name, KnowledgeBase kb, Retriever retriever) {
        return new Wiring(name, retriever, chain(kb, retriever).build());
    }

    private static AnswerChain.Builder chain(KnowledgeBase kb, Retriever retriever) {
        return AnswerChain.builder(kb::knowledge, retriever, KnowledgeBase.reader()).memory(new ConversationMemory(10_000));
    }

    /** Every sentence embedded into an {@link InMemoryEmbeddingStore}, searched by cosine similarity. */
    static Retriever easyRag(KnowledgeBase kb) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        Map<String, SentenceRecord> byId = new HashMap<>();
        List<SentenceRecord> sentences = kb.knowledge().sentences();
        List<float[]> vectors = kb.embedder().embedAll(sentences.stream().map(SentenceRecord::text).toList());
        for (int i = 0; i < sentences.size(); i++) {
            byId.put(sentences.get(i).id(), sentences.get(i));
            store.add(Embedding.from(vectors.get(i)), TextSegment.from(sentences.get(i).text(),
                    new dev.langchain4j.data.document.Metadata().put("id", sentences.get(i).id())));
        }
        return (query, k, filter) -> {
            List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(Embedding.from(kb.embedder().embed(query))).maxResults(k).build()).matches();
            List<ScoredSentence> out = new ArrayList<>();
            for (EmbeddingMatch<TextSegment> m : matches) {
                out.add(new ScoredSentence(byId.get(m.embedded().metadata().getString("id")), m.score(), out.size() + 1));
            }
            return out;
        };
    }
}
