package org.corroborate.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's result goes: standard output, or a file written whole (to a temporary file first, then
 * moved into place, so a failed run never leaves half a report).
 */
final class Output {

    private Output() {
    }

    static void write(Path file, PrintWriter stdout, String content) {
        if (file == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        try {
            Path target = file.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Path temporary = Files.createTempFile(target.getParent(), ".corroborate-", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
