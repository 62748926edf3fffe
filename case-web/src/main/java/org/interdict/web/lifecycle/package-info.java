/** What happens when the application deploys: the schema is migrated, then the packaged exchange rates are loaded where missing and the node's background work starts. */
package org.interdict.web.lifecycle;
