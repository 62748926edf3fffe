package org.interdict.application.trade;

/**
 * How long the values of an import may be: the columns of {@code trade_record}, {@code import_batch}
 * and {@code import_rejection} ({@code db/migration/V6__trade_records.sql}) and of the party an
 * exporter or consignee name becomes, in characters as PostgreSQL counts them (Unicode code points),
 * and the caps on what the import's messages repeat. Lines are checked against these before the
 * database sees them; change a column and its limit together.
 */
public final class TradeLimits {

    /** {@code trade_record.declaration_number varchar(64)}. */
    public static final int DECLARATION_NUMBER = 64;
    /** {@code trade_record.goods_description varchar(2000)}. */
    public static final int GOODS_DESCRIPTION = 2000;
    /**
     * {@code trade_record.exporter_name} and {@code consignee_name varchar(300)}, and so
     * {@code trade_name_resolution.name} and {@code party.primary_name}.
     */
    public static final int PARTY_NAME = 300;
    /** {@code trade_record.quantity_unit varchar(16)}. */
    public static final int QUANTITY_UNIT = 16;
    /**
     * A line number, date, HS code, country, currency or number as written: longer than this it is
     * none of them (and is not parsed).
     */
    public static final int TYPED_VALUE = 40;
    /** {@code value} and {@code value_usd numeric(20, 2)}: digits before the decimal point, and after it. */
    public static final int MONEY_INTEGER_DIGITS = 18;
    public static final int MONEY_SCALE = 2;
    /** {@code quantity} and {@code net_weight_kg numeric(20, 3)}: digits before the decimal point, and after it. */
    public static final int MEASURE_INTEGER_DIGITS = 17;
    public static final int MEASURE_SCALE = 3;
    /** Declaration dates from this year to {@link #LAST_YEAR}; anything else is a typo. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2099;
    /** {@code import_rejection.reason varchar(2000)}. */
    public static final int REJECTION_REASON = 2000;
    /** {@code import_batch.error varchar(2000)}. */
    public static final int BATCH_ERROR = 2000;
    /** {@code import_batch.file_name varchar(300)}. */
    public static final int FILE_NAME = 300;
    /** A line of the file (all its fields, ignored columns too); a longer one is refused unread. */
    public static final int LINE_CHARACTERS = 1_000_000;
    /** What a message quotes of a value. */
    public static final int QUOTED = 60;
    /** How many columns a message names before "… and N more". */
    public static final int LISTED = 10;

    private TradeLimits() {
    }
}
