package fr.caprse.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A questionnaire file as kept in the database: its id, version, the SHA-256 of its bytes (hex) and the
 * bytes themselves, exactly as read. Parse them with the questionnaire loader to get the questionnaire.
 */
public record StoredQuestionnaire(String id, String version, String contentHash, Instant stored, byte[] content) {

    public StoredQuestionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
        content = content.clone();
    }

    /** A copy of the file's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredQuestionnaire that && id.equals(that.id) && version.equals(that.version)
                && contentHash.equals(that.contentHash) && Objects.equals(stored, that.stored)
                && java.util.Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "StoredQuestionnaire[" + id + " " + version + ", " + contentHash + ", " + content.length + " bytes]";
    }
}
