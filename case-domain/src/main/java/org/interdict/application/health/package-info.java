/** Whether the servers Interdict depends on answer: the port that readiness is built on. */
package org.interdict.application.health;
