package org.interdict.web.lifecycle;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.interdict.application.trade.CustomsCsv;
import org.interdict.application.trade.TradeImportService;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Runs an import in the background; its chunks are each their own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TradeImportJob {

    @Inject
    TradeImportService imports;

    @Asynchronous
    public void run(UUID batch, Path file, Map<CustomsCsv.Column, String> mapping) {
        imports.run(batch, file, mapping);
    }
}
