package org.openwfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void splitsLinesWithLfOrCrlfAndKeepsLineNumbers() {
        List<CsvReader.Record> records = CsvReader.read("a,b\r\nc,d\ne,f");

        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3);
        assertThat(records.get(1).fields()).containsExactly("c", "d");
        assertThat(records.get(2).fields()).containsExactly("e", "f");
    }

    @Test
    void ignoresByteOrderMarkAndBlankLines() {
        List<CsvReader.Record> records = CsvReader.read("\uFEFFa,b\n\n  \nc,d\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b");
        assertThat(records.get(1).line()).isEqualTo(4);
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndNewlines() {
        List<CsvReader.Record> records = CsvReader.read("\"x,y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row");

        assertThat(records.get(0).fields()).containsExactly("x,y", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("two\nlines", "z");
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void keepsAStrayDelimiterAsAnExtraEmptyField() {
        assertThat(CsvReader.read("a,b,\n").get(0).fields()).containsExactly("a", "b", "");
    }

    @Test
    void refusesAQuoteThatNeverClosesWithItsLine() {
        assertThatThrownBy(() -> CsvReader.read("a,b\nc,\"open\n"))
                .isInstanceOf(CsvReader.MalformedCsvException.class)
                .satisfies(e ->
                        assertThat(((CsvReader.MalformedCsvException) e).line).isEqualTo(2));
    }
}
