package org.mizan.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content so that, whatever happens mid-way (crash, kill, full disk), the file
 * holds either all of the old content or all of the new: the bytes go to a temporary file in the
 * same folder, are forced to the disk, and the temporary file is then renamed over the target.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically; a symbolic link is followed, not replaced. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = real.getParent();
        if (dir == null) {
            throw new IOException("cannot save to " + target + ": no folder");
        }
        // Same folder, so the final rename stays on one file system and can be atomic.
        Path tmp = Files.createTempFile(dir, "." + shortName(real) + ".", ".tmp");
        try {
            keepPermissions(real, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                // Without this a crash after the rename can leave the new name pointing at unwritten blocks.
                ch.force(true);
            }
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; its rename is already durable enough.
        }
    }

    /** The replaced file keeps its permissions (createTempFile makes owner-only files). */
    private static void keepPermissions(Path original, Path tmp) {
        try {
            if (Files.exists(original)) {
                PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
                if (view != null) {
                    Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
                }
            } else if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Permissions are a courtesy; the content is what must not be lost.
        }
    }

    /** A prefix short enough that the temporary name stays under 255 bytes even for long Arabic names. */
    private static String shortName(Path file) {
        String name = file.getFileName().toString();
        return name.length() <= 24 ? name : name.substring(0, 24);
    }
}
