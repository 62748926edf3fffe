package org.interdict.it;

/** Customs CSV files for the tests, in the default layout. */
final class TradeFiles {

    private TradeFiles() {
    }

    static String header() {
        return "declaration_number,line,date,hs_code,goods_description,exporter,consignee,origin_country,dispatch_country,"
                + "destination_country,value,currency,quantity,unit,net_weight_kg\n";
    }

    /** One good line: its goods come from China through Hong Kong, at 1,000 USD. */
    static String line(String declaration, int item, String exporter, String consignee, String hsCode, String destination) {
        return declaration + "," + item + ",2024-03-01," + hsCode + ",Goods," + quote(exporter) + "," + quote(consignee)
                + ",CN,HK," + destination + ",1000.00,USD,10,pcs,2.5\n";
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
