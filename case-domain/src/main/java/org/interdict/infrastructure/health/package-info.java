/** MicroProfile Health checks, built on the application's service probes. */
package org.interdict.infrastructure.health;
