/** HTTP endpoints for planners' schedules and agents' own published shifts. */
package org.openwfm.schedule.rest;
