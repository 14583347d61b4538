/**
 * The schedule lifecycle: solve jobs (queued in Quartz's clustered store, solved by any replica, whole or in parts),
 * their stored results, publishing, and the published weeks agents work. Other features reach published weeks through this package's port.
 */
package org.openwfm.schedule;
