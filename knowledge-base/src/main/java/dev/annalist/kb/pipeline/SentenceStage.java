package dev.annalist.kb.pipeline;

import dev.annalist.kb.nlp.NlpModels;
import dev.annalist.kb.nlp.Sentence;
import dev.annalist.kb.nlp.SentenceSplitter;
import dev.annalist.kb.nlp.TokenAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** Sentences, tokens, POS tags and lemmas, with the OpenNLP models. */
public final class SentenceStage implements AnalysisStage {
    private final SentenceSplitter splitter;
    private final TokenAnalyzer tokens;

    public SentenceStage(NlpModels models) {
        this.splitter = new SentenceSplitter(models);
        this.tokens = new TokenAnalyzer(models);
    }

    @Override
    public AnalyzedAccount apply(AnalyzedAccount account) {
        String clean = account.document().clean();
        List<Sentence> sentences = new ArrayList<>();
        for (SentenceSplitter.Piece piece : splitter.split(clean)) {
            sentences.add(new Sentence(sentences.size(), piece.paragraph(), piece.span(), piece.span().of(clean),
                    tokens.analyze(clean, piece.span())));
        }
        return account.withSentences(sentences);
    }
}
