/** What a roster achieves: its KPIs per client channel and the explanation of its score. */
package org.openwfm.roster.evaluation;
