/** Evidence files on a file system (a local disk or a shared volume), content-addressed by SHA-256. */
package org.interdict.infrastructure.storage;
