package dev.annalist.kb.answer;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.TypedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Where?" is answered with the whole place phrase: all the places coordinated with the chosen one
 * ("Yukhnov and Kondrovo") and a compass bearing before them ("north of Tula").
 */
final class WherePhrase {
    private static final Pattern GLUE = Pattern.compile("\\s*(,|,?\\s+and|,?\\s+or)\\s*");
    private static final Pattern BEARING = Pattern.compile(
            "(?i)\\b((?:north|south)(?:[- ](?:east|west))?|east|west) of (?:the )?$");

    private WherePhrase() {}

    static Candidate widen(Candidate c, AnswerContext ctx) {
        var s = c.sentence();
        List<TypedSpan> places = s.spans().stream().filter(t -> t.type() == EntityType.LOCATION).toList();
        int index = -1;
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).span().start() == c.start()) {
                index = i;
            }
        }
        if (index < 0) {
            return c;
        }
        int from = index;
        int to = index;
        while (from > 0 && GLUE.matcher(ctx.words(s.source(), places.get(from - 1).span().end(), places.get(from).span().start())).matches()) {
            from--;
        }
        while (to + 1 < places.size() && GLUE.matcher(ctx.words(s.source(), places.get(to).span().end(), places.get(to + 1).span().start())).matches()) {
            to++;
        }
        int start = places.get(from).span().start();
        int end = places.get(to).span().end();
        String before = ctx.words(s.source(), Math.max(s.span().start(), start - 25), start);
        Matcher bearing = BEARING.matcher(before);
        if (bearing.find()) {
            start -= before.length() - bearing.start();
        }
        List<String> ids = new ArrayList<>();
        places.subList(from, to + 1).forEach(t -> {
            if (t.entityId() != null) {
                ids.add(t.entityId());
            }
        });
        return new Candidate(ctx.words(s.source(), start, end), c.value(), s, start, end, ids);
    }
}
