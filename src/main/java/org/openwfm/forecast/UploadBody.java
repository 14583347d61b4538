package org.openwfm.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;

/**
 * How an upload's body is taken in, CSV or JSON, forecast or actuals: at most
 * {@code openwfm.forecast.max-upload-bytes} (else 413), CSV only as UTF-8, JSON checked as Bean Validation
 * would, and a note of at most 500 characters.
 */
@ApplicationScoped
public class UploadBody {

    static final int MAX_NOTE_LENGTH = 500;

    @Inject
    OpenWfmConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public static void requireNoteWithinLimit(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw ProblemException.invalidField("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    /**
     * Reads at most the configured number of bytes and insists on UTF-8.
     *
     * @param what names the upload in the 413 answer, such as "A forecast upload"
     */
    public String readUtf8(InputStream body, String what) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(readLimited(body, what)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("body", "is not UTF-8 text");
        }
    }

    /**
     * Read by hand rather than bound by JAX-RS, so the upload size limit holds for the JSON form too: bound, a
     * JSON body of any size up to the service's body limit would be read whole. Bean Validation applies as
     * {@code @NotNull @Valid} would, its violations becoming the usual 400.
     *
     * @param shape names what the body must be in the answer to an empty one, such as "a forecast upload"
     */
    public <T> T readJson(InputStream body, Class<T> type, String what, String shape) throws JsonProcessingException {
        byte[] bytes = readLimited(body, what);
        T upload;
        try {
            upload = bytes.length == 0 ? null : json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "could not be read: " + e.getMessage());
        }
        if (upload == null) {
            throw ProblemException.invalidField("body", "must be " + shape);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(upload);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return upload;
    }

    /** The JSON of an upload as read, for the idempotency fingerprint. */
    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An upload in either form: at most the configured number of bytes, else 413. */
    private byte[] readLimited(InputStream body, String what) {
        long limit = config.forecast().maxUploadBytes();
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "could not be read: " + e.getMessage());
        }
        if (bytes.length > limit) {
            throw ProblemException.tooLarge(what + " may be at most " + limit + " bytes");
        }
        return bytes;
    }
}
