package dev.annalist.bot.search;

import dev.annalist.kb.store.ScoredSentence;

/** One search result as the API returns it. */
public record SearchHit(int rank, double score, String source, String sentence, int start, int end) {
    static SearchHit of(ScoredSentence s) {
        return new SearchHit(s.rank(), s.score(), s.sentence().source(), s.sentence().text(),
                s.sentence().span().start(), s.sentence().span().end());
    }
}
