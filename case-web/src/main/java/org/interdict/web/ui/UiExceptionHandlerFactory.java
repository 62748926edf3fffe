package org.interdict.web.ui;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link UiExceptionHandler} (faces-config.xml). */
public class UiExceptionHandlerFactory extends ExceptionHandlerFactory {

    public UiExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new UiExceptionHandler(getWrapped().getExceptionHandler());
    }
}
