/**
 * The agents: contracts, certifications, weekly availability and time off. Owns the contract terms in minutes
 * ({@link org.openwfm.workforce.ContractTerms}, {@link org.openwfm.workforce.BreakTerms}) that the solver, claims,
 * releases and publishing all read.
 */
package org.openwfm.workforce;
