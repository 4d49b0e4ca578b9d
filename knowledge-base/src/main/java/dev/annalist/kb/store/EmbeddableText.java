package dev.annalist.kb.store;

import java.text.Normalizer;

/**
 * Whether the embedding model's tokenizer keeps anything of a text. Its BERT normaliser drops NUL, the
 * replacement character and control and format characters, strips accents (a lone combining mark is an
 * accent) and splits on white space; a text with nothing left cannot be embedded. Callers ask this
 * first, so that such input is "empty" to the user instead of a failure inside the model.
 */
public final class EmbeddableText {
    private EmbeddableText() {
    }

    public static boolean hasContent(String text) {
        if (text == null) {
            return false;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (!dropped(cp)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dropped(int cp) {
        int type = Character.getType(cp);
        return cp == 0xFFFD || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }
}
