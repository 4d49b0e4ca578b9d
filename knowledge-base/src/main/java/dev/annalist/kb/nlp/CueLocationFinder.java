package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places named once, in a position only a place can take: after "liberated", "reached", "near",
 * "toward", "via", after "direction of", "area of", "east of"..., or before "junction", "river",
 * "station". A run of capitalised proper nouns there is a location. General English cues only.
 */
public final class CueLocationFinder implements EntityFinder {
    private static final Set<String> BEFORE = Set.of("liberated", "liberate", "reached", "reach", "retake", "retook",
            "captured", "entered", "near", "toward", "towards", "via", "outside", "beyond", "around", "stormed", "besieged");
    private static final Set<String> BEFORE_OF = Set.of("direction", "area", "outskirts", "north", "south", "east", "west",
            "towns", "town", "village", "villages", "city", "region", "banks", "bank", "south-west", "north-west",
            "south-east", "north-east", "vicinity");
    private static final Set<String> AFTER = Set.of("junction", "river", "station", "railway", "bridgehead", "airfield");

    @Override
    public List<Mention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 1;
        while (i < tokens.size()) {
            if (!isName(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && isName(tokens.get(end))) {
                end++;
            }
            String before = tokens.get(i - 1).text().toLowerCase();
            boolean cued = BEFORE.contains(before)
                    || before.equals("of") && i >= 2 && BEFORE_OF.contains(tokens.get(i - 2).text().toLowerCase())
                    || end < tokens.size() && AFTER.contains(tokens.get(end).text());
            if (cued) {
                Span chars = sentence.charSpan(i, end);
                out.add(new Mention(EntityType.LOCATION, sentence.index(), i, end, chars,
                        sentence.text().substring(chars.start() - sentence.span().start(), chars.end() - sentence.span().start()),
                        "cue"));
            }
            i = end;
        }
        return out;
    }

    private static boolean isName(Token token) {
        return token.pos().equals("PROPN") && NameAssembler.isNameWord(token.text());
    }
}
