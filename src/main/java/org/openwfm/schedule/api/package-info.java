/**
 * The requests and views the schedule API speaks, and a job's status: what resources answer and services return, so
 * the services never depend on the resources.
 */
package org.openwfm.schedule.api;
