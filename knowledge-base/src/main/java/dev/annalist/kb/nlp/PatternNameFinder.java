package dev.annalist.kb.nlp;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.namefind.RegexNameFinder;

/**
 * Dates, distances, numbers, ordinals and operation names by regular expression over the tokens,
 * with OpenNLP's {@link RegexNameFinder}. Patterns see the tokens joined by single spaces.
 */
public final class PatternNameFinder implements EntityFinder {
    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(?:[12]?\\d|3[01])";
    private static final String YEAR = "(?:1[0-9]\\d\\d|20\\d\\d)";
    private static final String DAY_MONTH = DAY + "(?: ?/ ?" + DAY + ")? " + MONTH + "(?: " + YEAR + ")?";
    private static final String SLASH_RANGE = DAY + " " + MONTH + "(?: " + YEAR + ")? ?/ ?" + DAY + " " + MONTH + "(?: " + YEAR + ")?";
    private static final String MONTH_DAY = MONTH + " " + DAY + "(?: , " + YEAR + ")?";
    private static final String TIME_OF_DAY = "(?:(?:the )?(?:evening|morning|night|afternoon|end|beginning|start|middle|dawn|dusk) (?:of|on) )?";
    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final String LENGTH_UNIT = "(?:miles?|km|kilometres?|kilometers?|metres?|meters?|yards?|versts?|m)";
    private static final String AMOUNT = "(?:(?:between|from) )?" + NUM + "(?: (?:and|to|or|-) " + NUM + ")?";

    private static final Map<String, Pattern[]> PATTERNS = Map.of(
            "DATE", new Pattern[] {
                    Pattern.compile(SLASH_RANGE),
                    Pattern.compile("(?i:between|from) " + DAY + "(?: " + MONTH + ")? (?:and|to|-) " + DAY_MONTH),
                    Pattern.compile("(?i:by|until|till|before|after|from|since|up to) " + TIME_OF_DAY + "(?:" + DAY_MONTH + "|" + MONTH_DAY + ")"),
                    Pattern.compile(TIME_OF_DAY + "(?:" + DAY_MONTH + "|" + MONTH_DAY + ")"),
                    Pattern.compile("(?i:early|late|mid|the middle of|the end of|the beginning of|the start of|the first half of|the second half of)(?: in| of)?(?: ?- ?| )" + MONTH + "(?: " + YEAR + ")?"),
                    Pattern.compile(MONTH + "(?: " + YEAR + ")?"),
                    Pattern.compile("(?<=\\b(?i:in|of|since|during|until|by|from|summer|winter|spring|autumn) )" + YEAR),
            },
            "DISTANCE", new Pattern[] {
                    Pattern.compile(AMOUNT + " " + LENGTH_UNIT + "(?: \\( " + NUM + "(?: (?:and|to|or|-) " + NUM + ")? " + LENGTH_UNIT + "(?: ,)? \\))?"),
            },
            "NUMBER", new Pattern[] {
                    Pattern.compile("(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
                            + "|ninety|hundred|thousand|dozen|several)"),
                    Pattern.compile(NUM),
            },
            "ORDINAL", new Pattern[] {
                    Pattern.compile("(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)"),
                    Pattern.compile("\\d+(?:st|nd|rd|th)"),
            },
            "OPERATION", new Pattern[] {
                    Pattern.compile("(?:\\p{Lu}[\\p{L}]*(?: ?- ?\\p{Lu}[\\p{L}]*)? )+(?:Operation|Offensive)"),
                    Pattern.compile("Operation \\p{Lu}[\\p{L}]+"),
            });

    private final RegexNameFinder finder = new RegexNameFinder(PATTERNS);

    @Override
    public List<Mention> find(Sentence sentence) {
        return EntityFinder.toMentions(sentence, finder.find(sentence.tokenTexts()), "pattern");
    }
}
