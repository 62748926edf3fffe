/** The caller's own profile: who Interdict takes them to be, and their agency. */
package org.interdict.application.identity;
