/** The Faces web UI: view beans that call the application layer. */
package org.interdict.web.ui;
