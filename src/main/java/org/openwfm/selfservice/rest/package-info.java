/** HTTP endpoints for open slots, claims and releases. */
package org.openwfm.selfservice.rest;
