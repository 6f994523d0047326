package org.caucus.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A QDPX file zipped from a folder of test resources, so that the fixture stays readable in the
 * repository; project.qde can be altered on the way to make a broken file.
 */
public final class QdpxFixture {

    public static final Path QUALCODER = Path.of("src/test/resources/exchange/qualcoder-interviews");

    private QdpxFixture() {}

    public static byte[] zip(Path folder, UnaryOperator<String> editProject) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                if (name.equals("project.qde")) {
                    zip.write(editProject
                            .apply(Files.readString(file))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(Files.readAllBytes(file));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
