package dev.annalist.kb.retrieve;

import dev.annalist.kb.store.ScoredSentence;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;

/** Our retrieval as a LangChain4j {@link ContentRetriever}, so a chat-model pipeline sees the same sentences. */
public final class KnowledgeBaseContentRetriever implements ContentRetriever {
    private final Retriever retriever;
    private final int maxResults;

    public KnowledgeBaseContentRetriever(Retriever retriever, int maxResults) {
        this.retriever = retriever;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return retriever.retrieve(query.text(), maxResults).stream().map(KnowledgeBaseContentRetriever::content).toList();
    }

    static Content content(ScoredSentence hit) {
        Metadata metadata = new Metadata()
                .put("id", hit.sentence().id())
                .put("source", hit.sentence().source())
                .put("sentence", hit.sentence().index())
                .put("start", hit.sentence().span().start())
                .put("end", hit.sentence().span().end())
                .put("score", hit.score());
        return Content.from(TextSegment.from(hit.sentence().text(), metadata));
    }
}
