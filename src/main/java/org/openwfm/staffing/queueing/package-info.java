/**
 * Erlang B, C and A, chat concurrency and workload staffing as plain Java: no CDI, persistence or web, so the math
 * is tested and benchmarked on its own.
 */
package org.openwfm.staffing.queueing;
