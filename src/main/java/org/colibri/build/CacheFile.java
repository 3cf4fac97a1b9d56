package org.colibri.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * One file of the build cache: a header (magic, format, the Colibri identity that wrote it), a
 * body, and a CRC32 of both. Written to a temporary file and renamed, so a reader sees the old
 * file or the new one; read back only when the header matches and the checksum holds.
 */
final class CacheFile {

    /** Writes the body of a cache file. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads the body of a cache file. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private final String magic;
    private final int format;

    CacheFile(String magic, int format) {
        this.magic = magic;
        this.format = format;
    }

    void write(Path file, String identity, Writer body) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temporary)) {
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16),
                        new CRC32());
                DataOutputStream out = new DataOutputStream(checked);
                out.writeUTF(magic);
                out.writeInt(format);
                out.writeUTF(identity);
                body.write(out);
                out.flush();
                out.writeLong(checked.getChecksum().getValue());
                out.flush();
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The body of {@code file}, or {@code empty} when it is missing, foreign, truncated or corrupt. */
    <T> T read(Path file, String identity, Reader<T> body, T empty) {
        if (!Files.isRegularFile(file)) {
            return empty;
        }
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), new CRC32());
            DataInputStream in = new DataInputStream(checked);
            if (!magic.equals(in.readUTF()) || in.readInt() != format || !identity.equals(in.readUTF())) {
                return empty;
            }
            T value = body.read(in);
            long computed = checked.getChecksum().getValue();
            return computed == in.readLong() ? value : empty;
        } catch (IOException | RuntimeException e) {
            return empty;
        }
    }
}
