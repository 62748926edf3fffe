/** What happens when the application deploys: the schema is migrated, then the node's background work starts. */
package org.interdict.web.lifecycle;
