package dev.annalist.kb.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBytesTest {
    private static final byte[] MODEL = new byte[300_001];

    static {
        new Random(7).nextBytes(MODEL);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    @Test
    void everyByteArrivesOutsideTheHeapWhateverTheSizeHintSays() throws Exception {
        for (long hint : new long[] {MODEL.length, -1, 10, MODEL.length * 3L}) {
            ByteBuffer read = ModelBytes.read(new ByteArrayInputStream(MODEL), hint);
            assertThat(read.isDirect()).isTrue();
            assertThat(bytes(read)).as("size hint " + hint).isEqualTo(MODEL);
        }
    }

    @Test
    void aFileIsMappedWhole(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("model.onnx"), MODEL);
        assertThat(bytes(ModelBytes.map(file))).isEqualTo(MODEL);
    }

    @Test
    void aMissingResourceIsNullSoTheCallerCanNameIt() throws Exception {
        assertThat(ModelBytes.resource(ModelBytesTest.class, "/no/such/model.onnx")).isNull();
        assertThat(bytes(ModelBytes.resource(ModelBytesTest.class, "/reader/reader-int8.onnx")))
                .isEqualTo(Files.readAllBytes(Path.of("src/main/resources/reader/reader-int8.onnx")));
    }
}
