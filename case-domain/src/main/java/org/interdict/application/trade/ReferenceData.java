package org.interdict.application.trade;

import org.interdict.application.CsvReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the reference tables packaged with the product (see the case-domain POM for their sources). */
final class ReferenceData {

    static final String CHP_LIST = "/org/interdict/reference/chpl_common_high_priority_items_2024-02.csv";
    static final String HS_2022 = "/org/interdict/reference/hs2022_harmonized_system.csv";

    private ReferenceData() {
    }

    /** Each row of a comma-separated table with a header, as column name → value. */
    static void rows(String resource, Consumer<Map<String, String>> row) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference table " + resource + " is missing from the build "
                        + "(it is copied from ../shared/data/reference at build time)");
            }
            CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), ',');
            List<String> header = new ArrayList<>();
            for (String name : csv.next().fields()) {
                header.add(name.replace("\uFEFF", "").strip());
            }
            for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size() && i < r.fields().size(); i++) {
                    values.put(header.get(i), r.fields().get(i));
                }
                row.accept(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
