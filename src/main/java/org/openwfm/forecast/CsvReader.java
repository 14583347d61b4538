package org.openwfm.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * Each record remembers the line it starts on, so every error can name its line.
 */
final class CsvReader {

    record Record(int line, List<String> fields) {}

    /** Thrown for text that cannot be split, such as a quote that never closes. */
    static final class MalformedCsvException extends RuntimeException {
        final int line;

        MalformedCsvException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private CsvReader() {}

    /** Blank lines are skipped; a leading byte-order mark is ignored. */
    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        while (pos < text.length()) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean atFieldStart = true;
            boolean endOfRecord = false;
            while (pos < text.length() && !endOfRecord) {
                char ch = text.charAt(pos);
                if (atFieldStart && ch == '"') {
                    int close = readQuoted(text, pos + 1, field, recordLine);
                    line += countNewlines(text, pos, close);
                    pos = close + 1;
                    atFieldStart = false;
                    if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                        throw new MalformedCsvException(line, "unexpected text after a closing quote");
                    }
                    continue;
                }
                if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    atFieldStart = true;
                } else if (ch == '\r' || ch == '\n') {
                    endOfRecord = true;
                    line++;
                    if (ch == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                        pos++;
                    }
                } else {
                    field.append(ch);
                    atFieldStart = false;
                }
                pos++;
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                records.add(new Record(recordLine, fields));
            }
        }
        return records;
    }

    /** Reads a quoted field's content into {@code field}; returns the index of the closing quote. */
    private static int readQuoted(String text, int from, StringBuilder field, int line) {
        int pos = from;
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                return pos;
            }
            field.append(ch);
            pos++;
        }
        throw new MalformedCsvException(line, "a quoted field is never closed");
    }

    private static int countNewlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }
}
