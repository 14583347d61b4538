/**
 * The schedule lifecycle: solve jobs (queued, solving, solved, failed), their stored results, publishing, and the
 * published weeks agents work. Other features reach published weeks through this package's port.
 */
package org.openwfm.schedule;
