package dev.annalist.kb.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/** The Apache OpenNLP English models (UD EWT 1.3), loaded once from the model jars on the classpath. */
public final class NlpModels {
    private static volatile NlpModels shared;

    final ThreadSafeSentenceDetectorME sentences;
    final ThreadSafeTokenizerME tokenizer;
    final ThreadSafePOSTaggerME tagger;
    final ThreadSafeLemmatizerME lemmatizer;

    private NlpModels() throws IOException {
        sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        tagger = new ThreadSafePOSTaggerME(new POSModel(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel(open("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
    }

    public static NlpModels get() {
        NlpModels models = shared;
        if (models == null) {
            synchronized (NlpModels.class) {
                if (shared == null) {
                    try {
                        shared = new NlpModels();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot load the OpenNLP models", e);
                    }
                }
                models = shared;
            }
        }
        return models;
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
