package fr.caprse.application.observatory;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of every assessment read, kept on disk rather than in memory until the consolidation
 * knows which assessments it keeps and in which order: one block per assessment, appended as files are
 * read, read back block by block. Deleted when closed.
 */
final class AnswerSpill implements AutoCloseable {

    /** Where an assessment's block is: its first byte, its length in bytes, its rows. */
    record Block(long offset, int length, int rows) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Counter counter;
    private final DataOutputStream out;
    private long written;

    AnswerSpill(Path folder) throws IOException {
        file = Files.createTempFile(folder, "cap-rse-answers-", ".tmp");
        file.toFile().deleteOnExit();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        counter = new Counter(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        out = new DataOutputStream(counter);
    }

    Block append(List<AnswerRow> rows) throws IOException {
        long offset = written;
        for (AnswerRow row : rows) {
            string(row.themeId());
            string(row.questionId());
            string(row.type());
            string(row.value());
            string(row.valueLabel());
            number(row.number());
            out.writeByte((row.na() ? 1 : 0) | (row.applicable() ? 2 : 0) | (row.answered() ? 4 : 0)
                    | (row.included() ? 8 : 0));
            out.writeDouble(row.weight());
            number(row.s());
            number(row.points());
        }
        written = counter.count;
        return new Block(offset, Math.toIntExact(written - offset), rows.size());
    }

    /** Counts the bytes written in a long (DataOutputStream's own count stops at 2 GB). */
    private static final class Counter extends java.io.FilterOutputStream {
        long count;

        Counter(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private void string(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private void number(Double value) throws IOException {
        out.writeDouble(value == null ? Double.NaN : value);
    }

    /** Ends writing; blocks can be read from now on. */
    void finish() throws IOException {
        out.flush();
    }

    /** The rows of {@code block}; safe to call from several threads at once (each read says where it reads). */
    List<AnswerRow> read(Block block) {
        List<AnswerRow> rows = new ArrayList<>(block.rows());
        try {
            ByteBuffer bytes = ByteBuffer.allocate(block.length());
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, block.offset() + bytes.position()) < 0) {
                    throw new java.io.EOFException("the file ends before the block does");
                }
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array()));
            for (int i = 0; i < block.rows(); i++) {
                String theme = string(in);
                String question = string(in);
                String type = string(in);
                String value = string(in);
                String label = string(in);
                Double number = number(in);
                int flags = in.readByte();
                double weight = in.readDouble();
                Double s = number(in);
                Double points = number(in);
                rows.add(new AnswerRow(theme, question, type, value, label, number, (flags & 1) != 0, (flags & 2) != 0,
                        (flags & 4) != 0, (flags & 8) != 0, weight, s, points));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the temporary answers file " + file + " cannot be read back", e);
        }
        return rows;
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Double number(DataInputStream in) throws IOException {
        double value = in.readDouble();
        return Double.isNaN(value) ? null : value;
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
