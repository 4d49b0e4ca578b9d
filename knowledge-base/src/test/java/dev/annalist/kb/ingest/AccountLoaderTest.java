package dev.annalist.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files get a clear reason and never stop the good ones from loading. */
class AccountLoaderTest {
    @TempDir
    Path dir;

    private LoadReport load(Path... paths) {
        return new AccountLoader().load(List.of(paths), null);
    }

    @Test
    void skipsAnEmptyFileSayingItIsEmpty() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        LoadReport report = load(empty);
        assertThat(report.documents()).isEmpty();
        assertThat(report.problems()).singleElement().hasToString("skipped " + empty + ": empty: no text to read");
    }

    @Test
    void skipsABinaryFileSayingItIsNotText() throws IOException {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        LoadReport report = load(binary);
        assertThat(report.documents()).isEmpty();
        assertThat(report.problems().get(0).message()).isEqualTo("binary data, not text");
    }

    @Test
    void skipsAFiftyMegabyteFileWithoutReadingItAndSaysWhy() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        LoadReport report = load(huge);
        assertThat(report.documents()).isEmpty();
        assertThat(report.problems().get(0).message()).isEqualTo("50.0 MB is over the 16.0 MB limit for one account");
    }

    @Test
    void decodesAWindows1252FileAndWarnsThatItWasNotUtf8() throws IOException {
        Path latin = Files.write(dir.resolve("latin.txt"),
                "Generalfeldmarschall Günther von Kluge’s 4th Army withdrew.".getBytes(Charset.forName("windows-1252")));
        LoadReport report = load(latin);
        assertThat(report.documents()).singleElement().satisfies(d -> assertThat(d.original()).contains("Günther von Kluge’s"));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(LoadProblem.Severity.WARNING);
            assertThat(p.message()).isEqualTo("not valid UTF-8; decoded as windows-1252");
        });
    }

    @Test
    void loadsTheGoodFilesOfAFolderBesideTheBadOnes() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The 5th Army reached Mozhaisk on 20 January 1942.");
        Files.write(dir.resolve("b.md"), new byte[] {0, 1, 2});
        Files.writeString(dir.resolve("notes.pdf"), "ignored: not an account format");
        LoadReport report = load(dir);
        assertThat(report.documents()).extracting(SourceDocument::source).containsExactly("a.txt");
        assertThat(report.problems()).extracting(LoadProblem::source).containsExactly(dir.resolve("b.md").toString());
    }

    @Test
    void cleansHtmlWithoutMovingAnyOffset() throws IOException {
        String html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Battle</h1>"
                + "<p>The <b>5th Army</b> reached Mozhaisk &amp; Vereya.</p></body></html>";
        Path page = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
        SourceDocument doc = load(page).documents().get(0);
        assertThat(doc.clean()).hasSameSizeAs(doc.original());
        int at = doc.clean().indexOf("5th Army");
        assertThat(doc.original().substring(at, at + 8)).isEqualTo("5th Army");
        assertThat(doc.clean()).doesNotContain("<b>").doesNotContain("p{}").contains("Mozhaisk &");
    }

    @Test
    void cleansMarkdownLinksAndEmphasisKeepingOffsets() throws IOException {
        Path md = Files.writeString(dir.resolve("a.md"), "# Title\n\nThe **5th Army** took [Mozhaisk](http://x.example/m).\n");
        SourceDocument doc = load(md).documents().get(0);
        assertThat(doc.clean()).hasSameSizeAs(doc.original());
        assertThat(doc.clean().replaceAll("\\s+", " ")).contains("The 5th Army took Mozhaisk .");
    }
}
