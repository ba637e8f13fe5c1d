package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.techan.platform.RuleViolationException;

/**
 * A quick-order file as buyers make it: UTF-8 with or without a byte-order mark, or GBK as Excel
 * saves a CSV on a Chinese Windows; one line per order line, either {@code sku,quantity} or {@code
 * shop code,product code,grade,quantity}, a header line optional, blank lines ignored. Each line is
 * read on its own: one that cannot be read is a row error naming its line, the rest go on.
 */
final class QuickOrderFile {

    /** Order lines one file may hold: what a canteen's or distributor's weekly order needs. */
    static final int MOST_LINES = 5_000;

    private static final Charset GBK = Charset.forName("GB18030");

    private QuickOrderFile() {}

    /**
     * A line of the file.
     *
     * @param line its number in the file, counting from 1 (what a spreadsheet shows)
     * @param skuId for {@code sku,quantity} lines
     * @param shopSlug with {@code productId} and {@code grade}, for the four-column form
     * @param error a message key when the line cannot be read
     * @param detail what the error names (the text as typed)
     */
    record Row(
            int line,
            @Nullable Long skuId,
            @Nullable String shopSlug,
            @Nullable Long productId,
            @Nullable String grade,
            int quantity,
            @Nullable String error,
            @Nullable String detail) {

        static Row refused(int line, String error, String detail) {
            return new Row(line, null, null, null, null, 0, error, detail);
        }
    }

    /** The file's lines, read. */
    static List<Row> read(byte[] content) {
        String text = decoded(content);
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.replace(",", "").isBlank() || (rows.isEmpty() && isHeader(line))) {
                continue;
            }
            if (rows.size() == MOST_LINES) {
                throw new RuleViolationException("wholesale.csv.too-many", MOST_LINES);
            }
            rows.add(row(i + 1, line));
        }
        if (rows.isEmpty()) {
            throw new RuleViolationException("wholesale.csv.empty");
        }
        return rows;
    }

    /** UTF-8 (its byte-order mark dropped) when the bytes are UTF-8, else GBK (GB18030, its superset). */
    static String decoded(byte[] content) {
        int from = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, from, content.length - from);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, from, content.length - from, GBK);
        }
    }

    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("sku") || lower.contains("quantity") || line.contains("数量") || line.contains("店铺");
    }

    private static Row row(int number, String line) {
        String[] cells = line.split("[,，\t]", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = unquoted(cells[i].strip());
        }
        if (cells.length != 2 && cells.length != 4) {
            return Row.refused(number, "wholesale.csv.columns", line);
        }
        String quantityText = cells[cells.length - 1];
        int quantity;
        try {
            quantity = Integer.parseInt(quantityText);
        } catch (NumberFormatException e) {
            return Row.refused(number, "wholesale.csv.quantity.invalid", quantityText);
        }
        if (quantity < 1) {
            return Row.refused(number, "wholesale.csv.quantity.invalid", quantityText);
        }
        if (cells.length == 2) {
            Long sku = number(cells[0]);
            return sku == null
                    ? Row.refused(number, "wholesale.csv.sku.invalid", cells[0])
                    : new Row(number, sku, null, null, null, quantity, null, null);
        }
        Long product = number(cells[1]);
        if (cells[0].isEmpty() || product == null) {
            return Row.refused(number, "wholesale.csv.product.invalid", cells[0] + " " + cells[1]);
        }
        return new Row(number, null, cells[0], product, cells[2].isEmpty() ? null : cells[2], quantity, null, null);
    }

    private static @Nullable Long number(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A cell as Excel quotes it: "…" with "" for a quote inside. */
    private static String unquoted(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"").strip();
        }
        return cell;
    }
}
