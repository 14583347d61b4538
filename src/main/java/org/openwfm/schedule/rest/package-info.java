/** HTTP endpoints and views for planners' schedules and agents' own published shifts. */
package org.openwfm.schedule.rest;
