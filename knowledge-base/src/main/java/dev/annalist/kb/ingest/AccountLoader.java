package dev.annalist.kb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads accounts from files and folders (.txt, .md, .html). Every file that cannot be used is
 * reported as a {@link LoadProblem}, never thrown, so one bad file does not stop the rest.
 */
public final class AccountLoader {
    public static final String BUNDLED_RESOURCE = "/dev/annalist/kb/corpus/kaluga-offensive-operation.txt";
    public static final String BUNDLED_SOURCE = "kaluga-offensive-operation.txt";
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm");

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final MarkupCleaner cleaner = new MarkupCleaner();

    public AccountLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public AccountLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** The account that ships with the product. */
    public static SourceDocument bundled() {
        try (InputStream in = AccountLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled account missing from the jar: " + BUNDLED_RESOURCE);
            }
            return SourceDocument.plain(BUNDLED_SOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled account", e);
        }
    }

    /** Loads every path: files directly, folders recursively (supported extensions only). */
    public LoadReport load(List<Path> paths, PrintStream progress) {
        List<Path> files = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            collect(path, files, problems);
        }
        List<SourceDocument> documents = new ArrayList<>();
        boolean showProgress = progress != null && files.size() >= 20;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                documents.add(loadFile(file, problems));
            } catch (SkipFile skip) {
                problems.add(new LoadProblem(file.toString(), LoadProblem.Severity.SKIPPED, skip.getMessage()));
            }
            if (showProgress && ((i + 1) % Math.max(1, files.size() / 20) == 0 || i + 1 == files.size())) {
                progress.printf("loaded %d/%d files%n", i + 1, files.size());
            }
        }
        return new LoadReport(documents, problems);
    }

    /** Reads one uploaded account: the same decoding, size limit and markup handling as a file. */
    public LoadReport loadBytes(String source, byte[] bytes) {
        List<LoadProblem> problems = new ArrayList<>();
        String name = source.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
            problems.add(new LoadProblem(source, LoadProblem.Severity.SKIPPED, "not a .txt, .md or .html file"));
            return new LoadReport(List.of(), problems);
        }
        try {
            return new LoadReport(List.of(toDocument(source, bytes, problems)), problems);
        } catch (SkipFile skip) {
            problems.add(new LoadProblem(source, LoadProblem.Severity.SKIPPED, skip.getMessage()));
            return new LoadReport(List.of(), problems);
        }
    }

    private void collect(Path path, List<Path> files, List<LoadProblem> problems) {
        if (!Files.exists(path)) {
            problems.add(new LoadProblem(path.toString(), LoadProblem.Severity.SKIPPED, "no such file or folder"));
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(AccountLoader::supported).sorted().forEach(files::add);
            } catch (IOException e) {
                problems.add(new LoadProblem(path.toString(), LoadProblem.Severity.SKIPPED,
                        "cannot list folder: " + e.getMessage()));
            }
        } else if (supported(path)) {
            files.add(path);
        } else {
            problems.add(new LoadProblem(path.toString(), LoadProblem.Severity.SKIPPED,
                    "not a .txt, .md or .html file"));
        }
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private SourceDocument loadFile(Path file, List<LoadProblem> problems) throws SkipFile {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SkipFile(String.format(Locale.ROOT, "%.1f MB is over the %.1f MB limit for one account",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            return toDocument(file.getFileName().toString(), Files.readAllBytes(file), problems);
        } catch (IOException e) {
            throw new SkipFile("cannot read: " + e.getMessage());
        }
    }

    private SourceDocument toDocument(String source, byte[] bytes, List<LoadProblem> problems) throws SkipFile {
        if (bytes.length > maxBytes) {
            throw new SkipFile(String.format(Locale.ROOT, "%.1f MB is over the %.1f MB limit for one account",
                    bytes.length / 1048576.0, maxBytes / 1048576.0));
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (TextDecoder.UnreadableFileException e) {
            throw new SkipFile(e.getMessage());
        }
        decoded.fallbackCharset().ifPresent(charset -> problems.add(new LoadProblem(source,
                LoadProblem.Severity.WARNING, "not valid UTF-8; decoded as " + charset)));
        String clean = cleaner.clean(decoded.text(), MarkupCleaner.Format.ofFileName(source));
        if (clean.isBlank()) {
            throw new SkipFile("empty: no text to read");
        }
        return new SourceDocument(source, decoded.text(), clean);
    }

    private static final class SkipFile extends Exception {
        SkipFile(String message) {
            super(message);
        }
    }
}
