/** HTTP endpoints and views for open slots, claims and releases. */
package org.openwfm.selfservice.rest;
