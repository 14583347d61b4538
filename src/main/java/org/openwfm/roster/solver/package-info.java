/** The constraints a roster is scored by: one named constraint per rule, each with its level and weight. */
package org.openwfm.roster.solver;
