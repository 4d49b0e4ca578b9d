package dev.annalist.kb.pipeline;

import dev.annalist.kb.ingest.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A content hash of a corpus, prefixed with the pipeline's version ("5:3fa1..."): equal
 * fingerprints need no re-index, and an index from an older pipeline can be told apart.
 */
public final class CorpusFingerprint {
    /** Bump when the analysis changes what it stores, so old indexes are rebuilt. */
    public static final String PIPELINE_VERSION = "6";

    private CorpusFingerprint() {}

    /** True when the fingerprint was made by this version of the pipeline. */
    public static boolean isCurrent(String fingerprint) {
        return fingerprint != null && fingerprint.startsWith(PIPELINE_VERSION + ":");
    }

    public static String of(List<SourceDocument> documents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
            for (SourceDocument d : documents.stream().sorted(Comparator.comparing(SourceDocument::source)).toList()) {
                digest.update((byte) 0);
                digest.update(d.source().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(d.original().getBytes(StandardCharsets.UTF_8));
            }
            return PIPELINE_VERSION + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
