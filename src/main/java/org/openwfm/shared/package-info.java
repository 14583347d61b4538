/**
 * What every feature uses and none owns: configuration, problem+json errors, idempotency, paging, time and security
 * headers. It depends on no feature.
 */
package org.openwfm.shared;
