package org.techan.wholesale.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techan.platform.RuleViolationException;

class QuickOrderFileTest {

    @Test
    void readsUtf8WithOrWithoutItsMarkAndGbkAsExcelSavesIt() {
        String text = "店铺,商品编号,等级,数量\r\nluoning-apple,12,一级,10\r\n";
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        for (byte[] file : List.of(text.getBytes(StandardCharsets.UTF_8), bom, text.getBytes(Charset.forName("GBK")))) {
            List<QuickOrderFile.Row> rows = QuickOrderFile.read(file);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.line())
                        .as("counted as the spreadsheet counts, header included")
                        .isEqualTo(2);
                assertThat(row.shopSlug()).isEqualTo("luoning-apple");
                assertThat(row.productId()).isEqualTo(12L);
                assertThat(row.grade()).isEqualTo("一级");
                assertThat(row.quantity()).isEqualTo(10);
                assertThat(row.error()).isNull();
            });
        }
    }

    @Test
    void eachLineIsReadOnItsOwnBlankLinesSkipped() {
        String text = "sku,quantity\n101,20\n\n , \n\"102\",\"5\"\n103,十箱\n104\n0,5\n105,-2\n";
        List<QuickOrderFile.Row> rows = QuickOrderFile.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(QuickOrderFile.Row::line).containsExactly(2, 5, 6, 7, 8, 9);
        assertThat(rows.get(0).skuId()).isEqualTo(101L);
        assertThat(rows.get(1).skuId()).as("Excel's quotes").isEqualTo(102L);
        assertThat(rows.get(1).quantity()).isEqualTo(5);
        assertThat(rows.get(2).error()).isEqualTo("wholesale.csv.quantity.invalid");
        assertThat(rows.get(2).detail()).isEqualTo("十箱");
        assertThat(rows.get(3).error()).isEqualTo("wholesale.csv.columns");
        assertThat(rows.get(4).error()).isEqualTo("wholesale.csv.sku.invalid");
        assertThat(rows.get(5).error()).isEqualTo("wholesale.csv.quantity.invalid");
    }

    @Test
    void anEmptyFileOrOneTooLongIsRefusedWhole() {
        assertThatThrownBy(() -> QuickOrderFile.read("sku,quantity\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.csv.empty");
        StringBuilder tooLong = new StringBuilder();
        for (int i = 0; i <= QuickOrderFile.MOST_LINES; i++) {
            tooLong.append(i + 1).append(",1\n");
        }
        assertThatThrownBy(() -> QuickOrderFile.read(tooLong.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("wholesale.csv.too-many");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
