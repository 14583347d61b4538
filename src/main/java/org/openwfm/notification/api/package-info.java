/** The requests and views the notification API speaks. */
package org.openwfm.notification.api;
