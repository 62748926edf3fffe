/** What happens when the application deploys. */
package org.interdict.web.lifecycle;
