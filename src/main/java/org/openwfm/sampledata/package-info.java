/** Loads the sample center in demo mode, moved so that its first week is the current one. */
package org.openwfm.sampledata;
