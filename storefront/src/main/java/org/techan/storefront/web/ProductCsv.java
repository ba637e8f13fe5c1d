package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.techan.catalog.ImportProblem;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;

/**
 * The product import file: UTF-8 CSV, one product with one SKU per row, under a fixed header.
 * Reading the file is this class's job; whether a row makes a valid product is the catalog's.
 */
final class ProductCsv {

    static final List<String> COLUMNS = List.of(
            "category",
            "title_zh",
            "title_en",
            "description_zh",
            "description_en",
            "origin_code",
            "temperature",
            "shelf_life_days",
            "harvest_months",
            "poverty_relief",
            "sku_spec_zh",
            "sku_unit",
            "sku_net_weight_grams",
            "sku_price");

    static final String TEMPLATE = String.join(",", COLUMNS) + "\n"
            + "dried-preserved-fruit,永泰李干 原味,Yongtai dried plums,芙蓉李腌制晾晒，酸甜回甘。,,350125101201,常温,365,6;7,是,500 克袋装,袋,500,29.90\n";

    private static final Map<String, TemperatureClass> TEMPERATURES =
            Map.of("常温", TemperatureClass.AMBIENT, "冷藏", TemperatureClass.CHILLED, "冷冻", TemperatureClass.FROZEN);
    private static final Map<String, SaleUnit> UNITS = Map.of(
            "斤",
            SaleUnit.JIN,
            "千克",
            SaleUnit.KG,
            "箱",
            SaleUnit.BOX,
            "礼盒",
            SaleUnit.GIFT_BOX,
            "袋",
            SaleUnit.BAG,
            "瓶",
            SaleUnit.BOTTLE,
            "罐",
            SaleUnit.JAR,
            "件",
            SaleUnit.PIECE,
            "个",
            SaleUnit.PIECE);

    private ProductCsv() {}

    /** Rows ready for the catalog, unless the file itself has problems (then fix the file first). */
    record Parsed(List<SaveProductCommand> rows, List<ImportProblem> problems) {}

    static Parsed parse(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed("import.encoding.invalid");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                return failed("import.header.invalid", String.join(",", COLUMNS));
            }
            List<SaveProductCommand> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (record.isConsistent()) {
                    rows.add(row(record));
                } else {
                    problems.add(new ImportProblem(number, "import.row.columns", List.of(COLUMNS.size())));
                }
            }
            return new Parsed(rows, problems);
        } catch (IOException | RuntimeException e) {
            return failed("import.file.unreadable");
        }
    }

    private static Parsed failed(String key, Object... arguments) {
        return new Parsed(List.of(), List.of(new ImportProblem(0, key, Arrays.asList(arguments))));
    }

    private static SaveProductCommand row(CSVRecord record) {
        SkuCommand sku = new SkuCommand(
                record.get("sku_spec_zh"),
                null,
                unit(record.get("sku_unit")),
                FormValues.integer(record.get("sku_net_weight_grams")),
                FormValues.decimal(record.get("sku_price")));
        return new SaveProductCommand(
                record.get("category"),
                record.get("title_zh"),
                record.get("title_en"),
                record.get("description_zh"),
                record.get("description_en"),
                record.get("origin_code"),
                temperature(record.get("temperature")),
                FormValues.integer(record.get("shelf_life_days")),
                months(record.get("harvest_months")),
                yes(record.get("poverty_relief")),
                List.of(sku));
    }

    /** Unreadable months become 0, which the catalog refuses naming the value. */
    private static List<Integer> months(String text) {
        List<Integer> months = new ArrayList<>();
        for (String part : text.split("[;；、 ]+")) {
            if (!part.isBlank()) {
                months.add(FormValues.integer(part));
            }
        }
        return months;
    }

    private static boolean yes(String text) {
        return List.of("是", "yes", "true", "1", "y").contains(text.toLowerCase(Locale.ROOT));
    }

    private static @Nullable TemperatureClass temperature(String text) {
        TemperatureClass named = TEMPERATURES.get(text);
        if (named != null) {
            return named;
        }
        return FormValues.constant(TemperatureClass.class, text.toUpperCase(Locale.ROOT));
    }

    private static @Nullable SaleUnit unit(String text) {
        SaleUnit named = UNITS.get(text);
        if (named != null) {
            return named;
        }
        return FormValues.constant(SaleUnit.class, text.toUpperCase(Locale.ROOT));
    }
}
