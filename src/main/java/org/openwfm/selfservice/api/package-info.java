/**
 * The requests and views the self-scheduling API speaks: what resources answer and services return, so the services
 * never depend on the resources.
 */
package org.openwfm.selfservice.api;
